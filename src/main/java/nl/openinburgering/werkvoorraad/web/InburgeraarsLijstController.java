package nl.openinburgering.werkvoorraad.web;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import nl.openinburgering.shared.Leerroute;
import nl.openinburgering.shared.Vandaag;
import nl.openinburgering.werkvoorraad.Fase;
import nl.openinburgering.werkvoorraad.InburgeraarsOverzicht;
import nl.openinburgering.werkvoorraad.Overzichtfilter;
import nl.openinburgering.werkvoorraad.Overzichtpagina;
import nl.openinburgering.werkvoorraad.ToewijzingBeheer;

/**
 * The list of inburgeraars of the gemeente: per person the stage, the route, the consulent and the open signals,
 * filterable by consulent, stage, route and "with signals", sortable and paged. The filters name no inburgeraar
 * (a consulent's user name, a stage, a route), so they may stay in the URL; a search by name, date of birth or
 * BSN is a POST ({@code /inburgeraars/zoeken}).
 */
@Controller
class InburgeraarsLijstController {

    static final int PER_PAGINA = 20;

    private final InburgeraarsOverzicht overzicht;
    private final ToewijzingBeheer toewijzingen;
    private final Clock klok;

    InburgeraarsLijstController(InburgeraarsOverzicht overzicht, ToewijzingBeheer toewijzingen, Clock klok) {
        this.overzicht = overzicht;
        this.toewijzingen = toewijzingen;
        this.klok = klok;
    }

    @GetMapping("/inburgeraars")
    String lijst(
            @RequestParam(defaultValue = "1") int pagina,
            @RequestParam(defaultValue = Overzichtfilter.STANDAARD_SORTERING) String sorteer,
            @RequestParam(defaultValue = "") String consulent,
            @RequestParam(defaultValue = "") String fase,
            @RequestParam(defaultValue = "") String route,
            @RequestParam(defaultValue = "") String signalen,
            Model model) {
        // A hand-edited URL with an unknown value shows the list without that filter rather than an error page.
        Overzichtfilter filter = new Overzichtfilter(
                Optional.of(consulent.strip()).filter(c -> !c.isEmpty()),
                waarde(Fase.class, fase),
                waarde(Leerroute.class, route),
                "ja".equals(signalen),
                sorteer,
                pagina,
                PER_PAGINA);
        Overzichtpagina gevonden = overzicht.pagina(filter, Vandaag.datum(klok));
        Links links = new Links(
                filter.consulent().orElse(""),
                filter.fase().map(Enum::name).orElse(""),
                filter.route().map(Enum::name).orElse(""),
                filter.metSignalen(),
                filter.sortering());
        model.addAttribute("overzicht", gevonden);
        model.addAttribute("inburgeraars", gevonden.regels());
        model.addAttribute("pagina", filter.pagina());
        model.addAttribute("aantalPaginas", gevonden.aantalPaginas());
        model.addAttribute("totaal", gevonden.totaal());
        model.addAttribute("sorteer", filter.sortering());
        model.addAttribute("filter", links);
        model.addAttribute("links", links);
        model.addAttribute("consulenten", toewijzingen.consulenten());
        model.addAttribute("fasen", Fase.values());
        model.addAttribute("routes", Leerroute.values());
        model.addAttribute(
                "kolommen",
                List.of(
                        Sorteerkolom.van("geslachtsnaam", "inburgeraar.naam", filter.sortering()),
                        Sorteerkolom.van("geboortedatum", "inburgeraar.geboortedatum", filter.sortering()),
                        Sorteerkolom.van(
                                "uiterlijkeDatumVaststellingPip",
                                "inburgeraar.uiterlijkeDatumVaststellingPip",
                                filter.sortering())));
        return "inburgeraars/lijst";
    }

    private static <E extends Enum<E>> Optional<E> waarde(Class<E> soort, String tekst) {
        return Arrays.stream(soort.getEnumConstants())
                .filter(e -> e.name().equals(tekst.strip()))
                .findFirst();
    }

    /** The current filter, and the links of the sort headers and the pages that keep it. */
    record Links(String consulent, String fase, String route, boolean signalen, String sorteer) {

        public String pagina(int pagina) {
            return paginaAdres() + pagina;
        }

        /** The address of a page with this filter and sorting, up to "pagina=" (the paging adds the number). */
        public String paginaAdres() {
            return href(sorteer) + "&pagina=";
        }

        public String gesorteerd(String volgende) {
            return href(volgende) + "&pagina=1";
        }

        private String href(String sortering) {
            UriComponentsBuilder url =
                    UriComponentsBuilder.fromPath("/inburgeraars").queryParam("sorteer", sortering);
            if (!consulent.isEmpty()) {
                url.queryParam("consulent", consulent);
            }
            if (!fase.isEmpty()) {
                url.queryParam("fase", fase);
            }
            if (!route.isEmpty()) {
                url.queryParam("route", route);
            }
            if (signalen) {
                url.queryParam("signalen", "ja");
            }
            return url.encode().build().toUriString();
        }
    }
}
