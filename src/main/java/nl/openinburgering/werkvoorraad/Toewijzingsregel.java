package nl.openinburgering.werkvoorraad;

import java.time.Instant;
import java.util.Optional;

/** One line of a person's assignment history: from whom to whom, who did it, when and why. */
public record Toewijzingsregel(Optional<String> van, String naar, String door, Instant tijdstip, String reden) {}
