package nl.openinburgering.werkvoorraad;

import java.util.Optional;

/**
 * What a worklist shows: optionally one kind of signal, one urgency and (teamleider) one consulent; the order;
 * and the page (1-based).
 */
public record Werkvoorraadfilter(
        Optional<Signaalsoort> signaal,
        Optional<Urgentie> urgentie,
        Optional<String> consulent,
        Sortering sortering,
        int pagina,
        int paginaGrootte) {

    public static final int STANDAARD_PAGINAGROOTTE = 25;
    public static final int MAXIMALE_PAGINAGROOTTE = 100;

    public enum Sortering {
        UITERLIJKE_DATUM,
        SIGNAAL,
        CONSULENT
    }

    public Werkvoorraadfilter {
        pagina = Math.max(pagina, 1);
        paginaGrootte = Math.clamp(paginaGrootte, 1, MAXIMALE_PAGINAGROOTTE);
        sortering = sortering == null ? Sortering.UITERLIJKE_DATUM : sortering;
    }

    public static Werkvoorraadfilter alles() {
        return new Werkvoorraadfilter(
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Sortering.UITERLIJKE_DATUM,
                1,
                STANDAARD_PAGINAGROOTTE);
    }
}
