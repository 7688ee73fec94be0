package nl.openinburgering.begroting.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import nl.openinburgering.begroting.Spukraming;

/**
 * The output table of the rekentool in the shape of figure 1.1: a header with the years of payment, a row per housing
 * cohort ("nvt" where it is not paid), the row of the gezins- and overige migranten and the total. Cells as text for
 * the page and as cents for the Excel workbook, so both show the same figures.
 */
public record Rekentooltabel(List<String> kop, List<Rij> rijen) {

    /** One row: its id on the page, its label, and per year the amount in cents (empty: "nvt"). */
    public record Rij(String id, String label, List<Optional<Long>> centen) {

        public List<String> tekst() {
            return centen.stream().map(c -> c.map(Bedrag::euro).orElse("nvt")).toList();
        }
    }

    static Rekentooltabel van(Spukraming raming) {
        List<String> kop = new ArrayList<>();
        raming.jaren().forEach(j -> kop.add(String.valueOf(j)));
        List<Rij> rijen = new ArrayList<>();
        for (Spukraming.Cohortrij cohort : raming.cohorten()) {
            rijen.add(new Rij(
                    "cohort-" + cohort.huisvestingsjaar(),
                    "Uitkering voor de asielstatushouders gehuisvest in " + cohort.huisvestingsjaar(),
                    cohort.bedragen()));
        }
        rijen.add(new Rij(
                "gezinsmigranten",
                "Uitkering voor gezins- en overige migranten in jaar t",
                raming.gezinsmigranten().stream().map(Optional::of).toList()));
        rijen.add(new Rij(
                "totaal",
                "Totale uitkering",
                raming.totalen().stream().map(Optional::of).toList()));
        return new Rekentooltabel(List.copyOf(kop), List.copyOf(rijen));
    }
}
