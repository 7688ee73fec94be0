package nl.openinburgering.inburgeraar;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.openinburgering.shared.Gemeentecode;

/**
 * A person was registered. Carries no personal data: listeners that need it ask the registry.
 * {@code consulent}: the user name of the consulent who registered the person; null when someone else did (a
 * teamleider, a loader without a user).
 */
public record InburgeraarGeregistreerd(
        UUID inburgeraarId, Gemeentecode gemeente, @Nullable String consulent) {}
