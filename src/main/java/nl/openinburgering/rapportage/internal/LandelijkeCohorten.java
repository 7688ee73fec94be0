package nl.openinburgering.rapportage.internal;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.openinburgering.rapportage.Cohortregel;

/**
 * Reads the national report through the database function {@code rapportage_uren_per_cohort_landelijk()}
 * (migration V80, ADR 0007): the only path across row-level security, and it returns totals per cohort only.
 * The app role cannot sum over gemeenten itself; it may only execute this function.
 */
@Repository
public class LandelijkeCohorten {

    private final JdbcClient jdbc;

    LandelijkeCohorten(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Oldest cohort first, the persons without a termijn yet last (as the per-gemeente report). */
    public List<Cohortregel> urenPerCohort() {
        return jdbc.sql("""
                select jaar, personen, gevolgde_uren_taalles_knm, zroutes_afgerond
                from rapportage_uren_per_cohort_landelijk() order by jaar nulls last""")
                .query((rij, n) -> new Cohortregel(
                        rij.getObject(1, Integer.class), rij.getLong(2), rij.getBigDecimal(3), rij.getLong(4)))
                .list();
    }
}
