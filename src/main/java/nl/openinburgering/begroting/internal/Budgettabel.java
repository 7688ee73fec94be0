package nl.openinburgering.begroting.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;

import nl.openinburgering.begroting.Budgetrealisatie;
import nl.openinburgering.begroting.Kostencomponent;
import nl.openinburgering.begroting.Kostencomponent.Budgetbron;
import nl.openinburgering.begroting.Kostenregel;
import nl.openinburgering.rapportage.Halfjaar;
import nl.openinburgering.rapportage.Rapporttabel;
import nl.openinburgering.rapportage.Rapporttabel.Rij;
import nl.openinburgering.rapportage.Rapporttabel.Soort;

/**
 * D10 with D6: the budget realisation in the half-year report to the raad, as one table beside the previous half
 * year: what was spent per component, and per budget (SPUK, uitvoeringsbudget) the budget for the half year, the
 * forecast and the balance. The amounts come from module begroting's {@link Budgetrealisatie}, which reads them from
 * the modules that own the costs; this class only lays them out, in euros.
 */
public final class Budgettabel {

    private Budgettabel() {}

    public static Rapporttabel van(Halfjaar periode, Budgetrealisatie huidig, Halfjaar vorige, Budgetrealisatie vorig) {
        List<Rij> rijen = new ArrayList<>();
        for (Kostencomponent component : Kostencomponent.values()) {
            rijen.add(rij("Besteed: " + naam(component), besteed(huidig, component), besteed(vorig, component)));
        }
        for (Budgetbron bron : Budgetbron.values()) {
            String naam = bron == Budgetbron.SPUK ? "SPUK" : "Uitvoeringsbudget";
            rijen.add(rij(naam + ": budget", huidig.budget(bron), vorig.budget(bron)));
            rijen.add(rij(naam + ": besteed", huidig.besteed(bron), vorig.besteed(bron)));
            rijen.add(rij(naam + ": prognose", huidig.prognose(bron), vorig.prognose(bron)));
            rijen.add(rij(naam + ": saldo (budget min prognose)", huidig.saldo(bron), vorig.saldo(bron)));
        }
        return new Rapporttabel(
                "Budget",
                "Realisatie van het budget (SPUK en uitvoeringsbudget)",
                "Onderdeel",
                List.of(periode.naam(), vorige.naam()),
                rijen);
    }

    private static long besteed(Budgetrealisatie realisatie, Kostencomponent component) {
        return som(realisatie.van(component), Kostenregel::besteedCenten);
    }

    private static long som(List<Kostenregel> regels, ToLongFunction<Kostenregel> veld) {
        return regels.stream().mapToLong(veld).sum();
    }

    private static Rij rij(String label, long huidigCenten, long vorigCenten) {
        return new Rij(label, List.of(euro(huidigCenten), euro(vorigCenten)), Soort.BEDRAG);
    }

    private static BigDecimal euro(long centen) {
        return BigDecimal.valueOf(centen, 2);
    }

    /** The component as the raad reads it. */
    static String naam(Kostencomponent component) {
        return switch (component) {
            case LEERROUTE -> "leerroutes";
            case PVT -> "participatieverklaringstraject (PVT)";
            case MAP -> "module arbeidsmarkt en participatie (MAP)";
            case PARTICIPATIE -> "participatie (Z-route)";
            case BEGELEIDING -> "maatschappelijke begeleiding";
            case TOLKEN -> "tolken";
            case ONTZORGING -> "administratie financieel ontzorgen";
        };
    }
}
