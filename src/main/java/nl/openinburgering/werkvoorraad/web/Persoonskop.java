package nl.openinburgering.werkvoorraad.web;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What the person header on every page of a person's file shows: who this is (the BSN masked), the leerroute
 * of the current PIP, the responsible consulent and the deadlines that matter now. Built from several
 * modules, so it lives here, in the module that already depends on all of them. Fields without a value are
 * {@code null}: the template leaves them out or says "not yet".
 *
 * @param leerroute              the name of the {@code Leerroute} of the vastgesteld PIP, or {@code null}
 * @param uiterlijkeDatumPip     R2.8: the last day to fix the PIP, only until the inburgeringstermijn runs
 * @param eindeInburgeringstermijn the last day of the inburgeringstermijn (inclusive, with extensions), once it runs
 */
public record Persoonskop(
        String naam,
        String bsnGemaskeerd,
        @Nullable String leerroute,
        @Nullable String consulent,
        @Nullable LocalDate uiterlijkeDatumPip,
        @Nullable LocalDate eindeInburgeringstermijn) {}
