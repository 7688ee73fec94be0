package nl.openinburgering.begroting.web;

import java.util.List;

import nl.openinburgering.begroting.Figuur11;

/** The comparison with figure 1.1 for the page: only the cells that differ, with the cause in Dutch. */
public record Figuurvergelijking(boolean vergelijkbaar, int gelijk, List<Regel> verschillen) {

    public record Regel(
            String rij, int jaar, String figuurlabel, String figuur, String tool, String verschil, String oorzaak) {}

    static Figuurvergelijking van(List<Figuur11.Cel> cellen) {
        List<Regel> verschillen = cellen.stream()
                .filter(c -> c.oorzaak() != Figuur11.Oorzaak.GEEN)
                .map(c -> new Regel(
                        rij(c.rij()),
                        c.jaar(),
                        figuurrij(c) + ", uitkering in " + c.figuurJaar(),
                        c.figuurEuro().map(e -> Bedrag.euro(e * 100)).orElse("nvt"),
                        c.toolCenten().map(Bedrag::euro).orElse("nvt"),
                        Bedrag.euro(c.verschilCenten()),
                        oorzaak(c.oorzaak())))
                .toList();
        return new Figuurvergelijking(!cellen.isEmpty(), cellen.size() - verschillen.size(), verschillen);
    }

    private static String rij(String rij) {
        return switch (rij) {
            case "GZM" -> "Gezins- en overige migranten";
            case "TOTAAL" -> "Totale uitkering";
            default -> "Gehuisvest in " + rij;
        };
    }

    private static String figuurrij(Figuur11.Cel c) {
        return switch (c.rij()) {
            case "GZM", "TOTAAL" -> rij(c.rij());
            default -> "Gehuisvest in " + c.figuurRij();
        };
    }

    private static String oorzaak(Figuur11.Oorzaak oorzaak) {
        return switch (oorzaak) {
            case PRIJS_ONAFGEROND ->
                "De rekentool van Divosa rekent met een onafgeronde prijs (ongeveer € 7.712,10) en toont hele euro's;"
                        + " deze tool rekent met de prijs van € 7.712,00 tot op de cent.";
            case TOTAAL_VAN_ONAFGERONDE_CELLEN ->
                "Het totaal van de figuur telt de onafgeronde bedragen op (ook € 589,10 per migrant in plaats van"
                        + " € 589,00); dit totaal is de som van de cellen hierboven.";
            case GEEN -> "";
        };
    }
}
