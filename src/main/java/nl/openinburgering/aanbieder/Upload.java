package nl.openinburgering.aanbieder;

import java.time.Instant;
import java.util.UUID;

/** One accepted batch of hour lines: who sent it, when, how many lines, under which idempotency key. */
public record Upload(UUID id, UUID idempotentiesleutel, int aantalRegels, String ingediendDoor, Instant ingediendOp) {}
