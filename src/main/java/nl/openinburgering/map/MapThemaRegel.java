package nl.openinburgering.map;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

import nl.openinburgering.shared.MapThema;

/** One of the eight themes for one person: agreed or waived (with the reason), and whether a session was attended. */
public record MapThemaRegel(
        MapThema thema,
        Optional<ThemaStatus> status,
        @Nullable String reden,
        boolean bijgewoond) {}
