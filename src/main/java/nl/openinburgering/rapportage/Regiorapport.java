package nl.openinburgering.rapportage;

import java.time.Instant;
import java.util.List;

/**
 * Issue 17 point 5: the combined figures of the gemeenten sharing in the user's region, from the daily stand, with
 * the same suppression as the national report ({@link Kleinecellen}: also region minus own).
 */
public record Regiorapport(String regio, long gemeenten, Instant berekendOp, List<LandelijkCohort> cohorten) {

    public Regiorapport {
        cohorten = List.copyOf(cohorten);
    }
}
