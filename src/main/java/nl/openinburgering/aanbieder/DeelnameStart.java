package nl.openinburgering.aanbieder;

import java.time.LocalDate;
import java.util.UUID;

/** The start of one deelname, for the begroting's costs: ids and dates only, no personal data. */
public record DeelnameStart(
        UUID deelnameId, UUID inburgeraarId, UUID aanbiederId, Deelnamesoort soort, LocalDate startdatum) {}
