package nl.openinburgering.pip;

import java.util.UUID;

import nl.openinburgering.shared.Gemeentecode;

/** A consulent drafted a PIP (status CONCEPT). */
public record PipOpgesteld(UUID pipId, UUID inburgeraarId, Gemeentecode gemeente) {
}
