package nl.openinburgering.inburgeraar;

import java.util.UUID;

import nl.openinburgering.shared.Gemeentecode;

/** A person was registered. Carries no personal data: listeners that need it ask the registry. */
public record InburgeraarGeregistreerd(UUID inburgeraarId, Gemeentecode gemeente) {
}
