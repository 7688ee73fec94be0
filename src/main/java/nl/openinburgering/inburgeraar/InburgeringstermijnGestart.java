package nl.openinburgering.inburgeraar;

import java.util.UUID;

import nl.openinburgering.shared.Gemeentecode;

/** R3.4: the first PIP was vastgesteld, so the three-year term started. */
public record InburgeringstermijnGestart(UUID inburgeraarId, Gemeentecode gemeente, Inburgeringstermijn termijn) {
}
