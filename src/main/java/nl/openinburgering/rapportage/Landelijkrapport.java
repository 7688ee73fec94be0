package nl.openinburgering.rapportage;

import java.time.Instant;
import java.util.List;

/** The national report of the day's stand (ADR 0014): when it was computed, and its cohorts after suppression. */
public record Landelijkrapport(Instant berekendOp, List<LandelijkCohort> cohorten) {

    public Landelijkrapport {
        cohorten = List.copyOf(cohorten);
    }
}
