package nl.openinburgering.werkvoorraad;

import java.util.Optional;

import nl.openinburgering.shared.Leerroute;

/**
 * What the list of inburgeraars shows: optionally one consulent, one stage, one route, only persons with open
 * signals; the order ({@code geslachtsnaam}, {@code geboortedatum} or {@code uiterlijkeDatumVaststellingPip},
 * with a leading "-" for descending) and the page (1-based).
 */
public record Overzichtfilter(
        Optional<String> consulent,
        Optional<Fase> fase,
        Optional<Leerroute> route,
        boolean metSignalen,
        String sortering,
        int pagina,
        int paginaGrootte) {

    public static final String STANDAARD_SORTERING = "geslachtsnaam";

    public Overzichtfilter {
        pagina = Math.max(pagina, 1);
        paginaGrootte = Math.clamp(paginaGrootte, 1, Werkvoorraadfilter.MAXIMALE_PAGINAGROOTTE);
        sortering = switch (sortering.startsWith("-") ? sortering.substring(1) : sortering) {
            case "geslachtsnaam", "geboortedatum", "uiterlijkeDatumVaststellingPip" -> sortering;
            default -> STANDAARD_SORTERING;
        };
    }
}
