package nl.openinburgering.begroting;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import nl.openinburgering.shared.OngeldigeInvoer;
import nl.openinburgering.shared.Veldfout;

/** A period {@code [vanaf, tot)} of the budget realisation and the day it is looked at. */
public record Periode(LocalDate vanaf, LocalDate tot, LocalDate peildatum) {

    public Periode {
        if (!tot.isAfter(vanaf) || vanaf.getYear() < Jaren.EERSTE || tot.getYear() > Jaren.LAATSTE + 1) {
            throw new OngeldigeInvoer(new Veldfout(
                    "periode", "periode.ongeldig", "Kies een periode vanaf 2021 waarvan het einde na het begin ligt."));
        }
    }

    /** Whether the date lies in the period and on or before the peildatum (spent rather than committed). */
    boolean besteed(LocalDate datum) {
        return !datum.isBefore(vanaf) && datum.isBefore(tot) && !datum.isAfter(peildatum);
    }

    /** The part of a year's amount that falls in the period, by days. */
    long deelVanJaar(int jaar, long bedrag) {
        LocalDate begin = LocalDate.of(jaar, 1, 1);
        LocalDate einde = begin.plusYears(1);
        LocalDate van = vanaf.isAfter(begin) ? vanaf : begin;
        LocalDate totDag = tot.isBefore(einde) ? tot : einde;
        if (!totDag.isAfter(van)) {
            return 0;
        }
        return Math.round(
                (double) bedrag * ChronoUnit.DAYS.between(van, totDag) / ChronoUnit.DAYS.between(begin, einde));
    }
}
