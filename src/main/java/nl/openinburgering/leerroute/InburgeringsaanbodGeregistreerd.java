package nl.openinburgering.leerroute;

import java.time.LocalDate;
import java.util.UUID;

/** R4.8: the inburgeringsaanbod of an asielstatushouder at one provider was registered or replaced. Ids only. */
public record InburgeringsaanbodGeregistreerd(
        UUID inburgeraarId, String gemeentecode, UUID aanbiederId, LocalDate startdatum, LocalDate einddatum) {}
