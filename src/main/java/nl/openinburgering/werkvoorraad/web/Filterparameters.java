package nl.openinburgering.werkvoorraad.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import nl.openinburgering.shared.OngeldigeInvoer;
import nl.openinburgering.shared.Veldfout;
import nl.openinburgering.werkvoorraad.Signaalsoort;
import nl.openinburgering.werkvoorraad.Urgentie;
import nl.openinburgering.werkvoorraad.Werkvoorraadfilter;
import nl.openinburgering.werkvoorraad.Werkvoorraadfilter.Sortering;

/** The worklist's query parameters, the same for the page and the API; an unknown value is a 400 per field. */
final class Filterparameters {

    private Filterparameters() {}

    static Werkvoorraadfilter filter(
            @Nullable String signaal,
            @Nullable String urgentie,
            @Nullable String consulent,
            @Nullable String sorteer,
            int pagina,
            int paginaGrootte) {
        List<Veldfout> fouten = new ArrayList<>();
        Optional<Signaalsoort> soort = waarde(Signaalsoort.class, "signaal", signaal, fouten);
        Optional<Urgentie> urg = waarde(Urgentie.class, "urgentie", urgentie, fouten);
        Optional<Sortering> sortering = Optional.empty();
        if (sorteer != null && !sorteer.isBlank()) {
            sortering = switch (sorteer.strip()) {
                case "uiterlijkeDatum" -> Optional.of(Sortering.UITERLIJKE_DATUM);
                case "signaal" -> Optional.of(Sortering.SIGNAAL);
                case "consulent" -> Optional.of(Sortering.CONSULENT);
                default -> {
                    fouten.add(new Veldfout(
                            "sorteer", "sorteer.onbekend", "Sorteer op uiterlijkeDatum, signaal of consulent."));
                    yield Optional.empty();
                }
            };
        }
        if (pagina < 1) {
            fouten.add(new Veldfout("pagina", "pagina.ongeldig", "De pagina is 1 of hoger."));
        }
        if (paginaGrootte < 1 || paginaGrootte > Werkvoorraadfilter.MAXIMALE_PAGINAGROOTTE) {
            fouten.add(new Veldfout(
                    "paginaGrootte",
                    "paginaGrootte.ongeldig",
                    "De paginagrootte ligt tussen 1 en " + Werkvoorraadfilter.MAXIMALE_PAGINAGROOTTE + "."));
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
        return new Werkvoorraadfilter(
                soort,
                urg,
                WerkvoorraadApiController.leeg(consulent),
                sortering.orElse(Sortering.UITERLIJKE_DATUM),
                pagina,
                paginaGrootte);
    }

    private static <E extends Enum<E>> Optional<E> waarde(
            Class<E> soort, String veld, @Nullable String waarde, List<Veldfout> fouten) {
        if (waarde == null || waarde.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Enum.valueOf(soort, waarde.strip()));
        } catch (IllegalArgumentException onbekend) {
            fouten.add(new Veldfout(veld, veld + ".onbekend", "Onbekende waarde voor " + veld + "."));
            return Optional.empty();
        }
    }
}
