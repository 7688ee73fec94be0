package nl.openinburgering.begroting;

import java.util.List;
import java.util.function.ToLongFunction;

import nl.openinburgering.begroting.Kostencomponent.Budgetbron;

/**
 * D6: what the gemeente committed and spent in a period per component, with the forecast for the whole period,
 * against the SPUK (the provisional payment of the rekentool) and the uitvoeringsbudget, both for the part of their
 * years that falls in the period. Amounts in cents; aggregates only.
 */
public record Budgetrealisatie(
        Periode periode, List<Kostenregel> regels, long spukCenten, long uitvoeringsbudgetCenten) {

    public long verplicht(Budgetbron bron) {
        return som(bron, Kostenregel::verplichtCenten);
    }

    public long besteed(Budgetbron bron) {
        return som(bron, Kostenregel::besteedCenten);
    }

    public long prognose(Budgetbron bron) {
        return som(bron, Kostenregel::prognoseCenten);
    }

    /** The budget of the source in the period. */
    public long budget(Budgetbron bron) {
        return bron == Budgetbron.SPUK ? spukCenten : uitvoeringsbudgetCenten;
    }

    /** Budget minus forecast: negative is a shortfall. */
    public long saldo(Budgetbron bron) {
        return budget(bron) - prognose(bron);
    }

    /** The lines of one component (several for the leerroutes: one per contract and route). */
    public List<Kostenregel> van(Kostencomponent component) {
        return regels.stream().filter(r -> r.component() == component).toList();
    }

    private long som(Budgetbron bron, ToLongFunction<Kostenregel> veld) {
        return regels.stream()
                .filter(r -> r.component().bron() == bron)
                .mapToLong(veld)
                .sum();
    }
}
