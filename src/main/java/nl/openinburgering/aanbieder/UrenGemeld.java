package nl.openinburgering.aanbieder;

import java.util.Set;
import java.util.UUID;

import nl.openinburgering.shared.Gemeentecode;

/**
 * A provider's batch of hour lines was stored; one event per gemeente concerned, with the people whose
 * hours or attendance changed (for example to recompute VERZUIM signals). Ids only.
 */
public record UrenGemeld(UUID uploadId, UUID aanbiederId, Gemeentecode gemeentecode, Set<UUID> inburgeraarIds) {}
