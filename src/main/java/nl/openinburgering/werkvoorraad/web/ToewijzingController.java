package nl.openinburgering.werkvoorraad.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.openinburgering.platform.web.Volgendestap;
import nl.openinburgering.shared.OngeldigeInvoer;
import nl.openinburgering.werkvoorraad.ToewijzingBeheer;
import nl.openinburgering.werkvoorraad.WerkvoorraadActies;

/**
 * The section "verantwoordelijke consulent" of a person's page: who, the history (who, when, why) and the
 * voortgangsgesprekken held. The person's page loads it with htmx; without JavaScript it is a page of its own.
 */
@Controller
@RequestMapping("/werkvoorraad/inburgeraars/{id}")
class ToewijzingController {

    private final ToewijzingBeheer toewijzingen;

    ToewijzingController(ToewijzingBeheer toewijzingen) {
        this.toewijzingen = toewijzingen;
    }

    @GetMapping("/toewijzing")
    String toewijzing(
            @PathVariable UUID id, @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        WerkvoorraadActies acties = WerkvoorraadActies.huidige();
        model.addAttribute("toewijzing", toewijzingen.toewijzing(id));
        model.addAttribute("acties", acties);
        model.addAttribute("consulenten", acties.toewijzen() ? toewijzingen.consulenten() : List.of());
        return "true".equals(htmx) ? "werkvoorraad/toewijzing :: sectie" : "werkvoorraad/toewijzing";
    }

    /** D9: records a voortgangsgesprek; a bad date comes back as an error (not a success message) on the person's page. */
    @PostMapping("/voortgangsgesprekken")
    String gesprek(
            @PathVariable UUID id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate datum,
            RedirectAttributes vervolg) {
        try {
            toewijzingen.voortgangsgesprekGehouden(id, datum);
            vervolg.addFlashAttribute("melding", "werkvoorraad.gesprekken.vastgelegd");
            Volgendestap.na(vervolg, "/", "volgendeStap.mijnWerk");
        } catch (OngeldigeInvoer ongeldig) {
            vervolg.addFlashAttribute("fout", "werkvoorraad.gesprekken.ongeldig");
        }
        return "redirect:/inburgeraars/" + id;
    }
}
