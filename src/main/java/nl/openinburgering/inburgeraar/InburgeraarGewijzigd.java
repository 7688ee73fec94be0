package nl.openinburgering.inburgeraar;

import java.util.UUID;

import nl.openinburgering.shared.Gemeentecode;

/** A person's registered data changed. Carries no personal data. */
public record InburgeraarGewijzigd(UUID inburgeraarId, Gemeentecode gemeente) {
}
