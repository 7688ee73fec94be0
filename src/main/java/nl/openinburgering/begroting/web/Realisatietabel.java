package nl.openinburgering.begroting.web;

import java.util.List;

import nl.openinburgering.begroting.Budgetrealisatie;
import nl.openinburgering.begroting.Kostencomponent;
import nl.openinburgering.begroting.Kostencomponent.Budgetbron;

/** The budget realisation as text for the page: the lines per component and a summary per budget. */
public record Realisatietabel(List<Regel> regels, List<Samenvatting> budgetten) {

    public record Regel(
            String component,
            String omschrijving,
            long aantal,
            String verplicht,
            String besteed,
            String prognose,
            String opmerking) {}

    public record Samenvatting(
            String bron,
            String budget,
            String verplicht,
            String besteed,
            String prognose,
            String saldo,
            boolean tekort) {}

    static Realisatietabel van(Budgetrealisatie r) {
        List<Regel> regels = r.regels().stream()
                .map(k -> new Regel(
                        component(k.component()),
                        k.omschrijving(),
                        k.aantal(),
                        Bedrag.euro(k.verplichtCenten()),
                        Bedrag.euro(k.besteedCenten()),
                        Bedrag.euro(k.prognoseCenten()),
                        k.opmerking().orElse("")))
                .toList();
        List<Samenvatting> budgetten =
                List.of(samenvatting(r, Budgetbron.SPUK), samenvatting(r, Budgetbron.UITVOERINGSBUDGET));
        return new Realisatietabel(regels, budgetten);
    }

    private static Samenvatting samenvatting(Budgetrealisatie r, Budgetbron bron) {
        return new Samenvatting(
                bron == Budgetbron.SPUK ? "SPUK (voorlopige uitkering)" : "Uitvoeringsbudget",
                Bedrag.euro(r.budget(bron)),
                Bedrag.euro(r.verplicht(bron)),
                Bedrag.euro(r.besteed(bron)),
                Bedrag.euro(r.prognose(bron)),
                Bedrag.euro(r.saldo(bron)),
                r.saldo(bron) < 0);
    }

    static String component(Kostencomponent component) {
        return switch (component) {
            case LEERROUTE -> "Leerroute";
            case PVT -> "PVT";
            case MAP -> "MAP";
            case PARTICIPATIE -> "Participatie";
            case BEGELEIDING -> "Maatschappelijke begeleiding";
            case TOLKEN -> "Tolken";
            case ONTZORGING -> "Ontzorgen";
        };
    }
}
