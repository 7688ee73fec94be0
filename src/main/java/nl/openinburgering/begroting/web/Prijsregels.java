package nl.openinburgering.begroting.web;

import java.util.List;

import nl.openinburgering.begroting.Spukraming;

/** The inputs of the rekentool per year (prognosis and prices) as text, like the input block of figure 1.1. */
public record Prijsregels(List<Regel> regels) {

    public record Regel(
            int jaar,
            int taakstelling,
            int gezinsmigranten,
            String factor,
            String statushouders,
            String prijsT,
            String prijsT1,
            String prijsT2,
            String totaal,
            String prijsGezinsmigrant,
            boolean standaard) {}

    static Prijsregels van(Spukraming raming) {
        return new Prijsregels(java.util.stream.IntStream.range(
                        0, raming.jaren().size())
                .mapToObj(i -> {
                    var p = raming.prognoses().get(i);
                    var prijs = raming.prijzen().get(i);
                    return new Regel(
                            p.jaar(),
                            p.huisvestingstaakstelling(),
                            p.gezinsmigranten(),
                            Bedrag.getal(p.factorProcent()) + "%",
                            Bedrag.getal(p.statushouders()),
                            Bedrag.euro(prijs.asielstatushouderJaarT()),
                            Bedrag.euro(prijs.asielstatushouderJaarT1()),
                            Bedrag.euro(prijs.asielstatushouderJaarT2()),
                            Bedrag.euro(prijs.totaalAsielstatushouder()),
                            Bedrag.euro(prijs.gezinsmigrant()),
                            !prijs.ingesteld());
                })
                .toList());
    }
}
