package nl.openinburgering.map;

import java.util.UUID;

import nl.openinburgering.shared.MapThema;

/** R6.2: a MAP theme was agreed with the person or waived. Ids only: the reason of a waiver stays with the MAP. */
public record MapThemaAfgesproken(UUID inburgeraarId, String gemeentecode, MapThema thema, ThemaStatus status) {}
