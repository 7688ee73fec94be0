package nl.openinburgering.map;

import java.util.Optional;

import nl.openinburgering.shared.MapThema;

/** One of the eight themes for one person: agreed or waived (with the reason), and whether a session was attended. */
public record MapThemaRegel(MapThema thema, Optional<ThemaStatus> status, String reden, boolean bijgewoond) {
}
