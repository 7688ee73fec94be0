package nl.openinburgering.pvt;

import java.util.Set;
import java.util.UUID;

/**
 * The attendance of a group at one session was registered: who was present and who absent (R5.2, R5.3, R6.2
 * count it). Ids only.
 */
public record AanwezigheidGeregistreerd(
        UUID bijeenkomstId, UUID groepId, String gemeentecode, Set<UUID> aanwezig, Set<UUID> afwezig) {}
