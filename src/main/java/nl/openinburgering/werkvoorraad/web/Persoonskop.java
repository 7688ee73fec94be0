package nl.openinburgering.werkvoorraad.web;

import java.time.LocalDate;
import java.util.List;

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
 * @param tabs                   the file's navigation (see {@link Dossiertab}); empty for a role that may not open
 *                               every part
 */
public record Persoonskop(
        String naam,
        String bsnGemaskeerd,
        @Nullable String leerroute,
        @Nullable String consulent,
        @Nullable LocalDate uiterlijkeDatumPip,
        @Nullable LocalDate eindeInburgeringstermijn,
        List<Dossiertab> tabs) {

    public Persoonskop {
        tabs = List.copyOf(tabs);
    }
}
