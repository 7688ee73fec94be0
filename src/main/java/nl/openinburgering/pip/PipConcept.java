package nl.openinburgering.pip;

import java.time.Instant;
import java.util.UUID;

/**
 * A concept PIP waiting for its vaststelling, for the queues of the start page: whose, which, since when and by
 * whom it was drawn up. Not personal data by itself; the caller logs the persons it shows.
 */
public record PipConcept(UUID inburgeraarId, UUID pipId, Instant opgesteldOp, String opgesteldDoor) {}
