package nl.openinburgering.begroting.web;

import java.util.List;

import nl.openinburgering.begroting.Afrekening;

/** The settlement per year of housing as text for the page. */
public record Afrekeningstabel(List<Regel> regels, String totaalAfgerond) {

    public record Regel(
            int jaar,
            String prognoseStatushouders,
            long werkelijkeStatushouders,
            int prognoseGezinsmigranten,
            long werkelijkeGezinsmigranten,
            String voorlopig,
            String definitief,
            String verrekening,
            boolean afgerond) {}

    static Afrekeningstabel van(Afrekening afrekening) {
        return new Afrekeningstabel(
                afrekening.regels().stream()
                        .map(r -> new Regel(
                                r.jaar(),
                                Bedrag.getal(r.prognoseStatushouders()),
                                r.werkelijkeStatushouders(),
                                r.prognoseGezinsmigranten(),
                                r.werkelijkeGezinsmigranten(),
                                Bedrag.euro(r.voorlopigCenten()),
                                Bedrag.euro(r.definitiefCenten()),
                                Bedrag.euro(r.verrekeningCenten()),
                                r.afgerond()))
                        .toList(),
                Bedrag.euro(afrekening.verrekeningAfgerondCenten()));
    }
}
