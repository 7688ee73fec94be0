package nl.openinburgering.rapportage.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.openinburgering.rapportage.Cohortregel;

/**
 * The daily stand of the national report (V196, ADR 0014): the national totals per cohort and, under row-level
 * security, the own gemeente's totals of the same moment. Only the security-definer function
 * {@code rapportage_stand_vernieuwen} writes them.
 */
@Repository
public class LandelijkeStand {

    private final JdbcClient jdbc;

    LandelijkeStand(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Recomputes the stand unless it was computed at or after {@code grens}; returns the stand's moment. */
    public Instant vernieuw(Instant grens) {
        OffsetDateTime moment = jdbc.sql("select rapportage_stand_vernieuwen(?)")
                .param(OffsetDateTime.ofInstant(grens, ZoneOffset.UTC))
                .query(OffsetDateTime.class)
                .single();
        return moment.toInstant();
    }

    public Optional<Instant> berekendOp() {
        return jdbc.sql("select berekend_op from rapportage_stand")
                .query(OffsetDateTime.class)
                .optional()
                .map(OffsetDateTime::toInstant);
    }

    /** Oldest cohort first, the persons without a termijn yet last. */
    public List<Cohortregel> landelijk() {
        return jdbc.sql("""
                select jaar, personen, gevolgde_uren_taalles_knm, zroutes_afgerond
                from rapportage_stand_landelijk order by jaar nulls last""")
                .query((rij, n) -> new Cohortregel(
                        rij.getObject(1, Integer.class), rij.getLong(2), rij.getBigDecimal(3), rij.getLong(4)))
                .list();
    }

    /** The gemeente's own totals at the stand's moment (row-level security as second wall). */
    public List<Cohortregel> gemeente(String gemeente) {
        return jdbc.sql("""
                select jaar, personen, gevolgde_uren_taalles_knm, zroutes_afgerond
                from rapportage_stand_gemeente where gemeentecode = :gemeente order by jaar nulls last""")
                .param("gemeente", gemeente)
                .query((rij, n) -> new Cohortregel(
                        rij.getObject(1, Integer.class), rij.getLong(2), rij.getBigDecimal(3), rij.getLong(4)))
                .list();
    }
}
