package nl.openinburgering.aanbieder;

import java.util.UUID;

import nl.openinburgering.shared.Gemeentecode;

/** A person was enrolled at a provider. Ids only. */
public record DeelnameIngeschreven(
        UUID deelnameId, UUID inburgeraarId, UUID aanbiederId, Deelnamesoort soort, Gemeentecode gemeentecode) {}
