package nl.openinburgering.werkvoorraad.web;

import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import nl.openinburgering.werkvoorraad.DossierBeheer;
import nl.openinburgering.werkvoorraad.Dossieroverzicht;

/**
 * The overview at the top of a person's file: stage, current step, route, consulent, open signals and the
 * timeline with its filter. The person's page loads it with htmx; without JavaScript it is a page of its own.
 */
@Controller
class DossieroverzichtController {

    private final DossierBeheer dossiers;

    DossieroverzichtController(DossierBeheer dossiers) {
        this.dossiers = dossiers;
    }

    @GetMapping("/werkvoorraad/inburgeraars/{id}/overzicht")
    String overzicht(
            @PathVariable UUID id,
            @RequestParam(required = false) String soort,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        vul(id, soort, "/werkvoorraad/inburgeraars/" + id + "/overzicht", model);
        return "true".equals(htmx) ? "werkvoorraad/overzicht :: sectie" : "werkvoorraad/overzicht";
    }

    /** The tab "Tijdlijn" of the file: the same overview as a page of the file, under the person header. */
    @GetMapping("/inburgeraars/{id}/tijdlijn")
    String tijdlijn(@PathVariable UUID id, @RequestParam(required = false) String soort, Model model) {
        vul(id, soort, "/inburgeraars/" + id + "/tijdlijn", model);
        return "werkvoorraad/overzicht";
    }

    private void vul(UUID id, String soort, String filterpad, Model model) {
        // An unknown kind (a hand-edited URL) shows everything rather than an error page.
        Optional<Dossieroverzicht.Soort> filter = Arrays.stream(Dossieroverzicht.Soort.values())
                .filter(s -> s.name().equals(soort))
                .findFirst();
        model.addAttribute("overzicht", dossiers.overzicht(id, filter));
        model.addAttribute("soort", filter.map(Enum::name).orElse(""));
        model.addAttribute("soorten", Dossieroverzicht.Soort.values());
        model.addAttribute("filterpad", filterpad);
    }
}
