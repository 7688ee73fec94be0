package nl.openinburgering.map;

import java.time.LocalDate;
import java.util.UUID;

/** The MAP was completed with a sufficient eindgesprek (R6.4); {@code datum} is DUO's datumEindgesprekMap (R6.5). */
public record MapAfgerond(UUID inburgeraarId, String gemeentecode, LocalDate datumEindgesprek) {}
