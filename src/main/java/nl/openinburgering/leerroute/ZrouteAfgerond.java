package nl.openinburgering.leerroute;

import java.time.LocalDate;
import java.util.UUID;

import nl.openinburgering.shared.Gemeentecode;

/** R4.4: the Z-route was completed; {@code datumAfrondingZroute} is what the gemeente reports to DUO. */
public record ZrouteAfgerond(UUID inburgeraarId, Gemeentecode gemeentecode, LocalDate datumAfrondingZroute) {}
