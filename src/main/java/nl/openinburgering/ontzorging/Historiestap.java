package nl.openinburgering.ontzorging;

import java.time.OffsetDateTime;

/** R7.6: one step of a person's ontzorging as the history shows it: when, what, by whom. */
public record Historiestap(OffsetDateTime tijdstip, String stap, String omschrijving, String door) {}
