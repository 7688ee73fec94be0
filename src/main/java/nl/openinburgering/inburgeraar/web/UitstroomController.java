package nl.openinburgering.inburgeraar.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.openinburgering.inburgeraar.InburgeraarBeheer;
import nl.openinburgering.inburgeraar.Uitstroom;
import nl.openinburgering.inburgeraar.UitstroomActies;
import nl.openinburgering.inburgeraar.UitstroomBeheer;
import nl.openinburgering.inburgeraar.Uitstroomsoort;
import nl.openinburgering.platform.web.Formulierfouten;
import nl.openinburgering.platform.web.Formuliervelden;
import nl.openinburgering.shared.NietGevonden;
import nl.openinburgering.shared.OngeldigeInvoer;
import nl.openinburgering.shared.Veldfout;

/**
 * The outflow to work or study in the person's file (D10): the list, the consulent's form, and removing a
 * mistaken entry after a confirmation page.
 */
@Controller
@RequestMapping("/inburgeraars/{id}/uitstroom")
class UitstroomController {

    private static final Formuliervelden VELDEN = Formuliervelden.van(
                    Map.of("soort", "uitstroomSoort", "datum", "uitstroomDatum", "toelichting", "uitstroomToelichting"),
                    "uitstroomSoort")
            .inVolgorde(List.of("uitstroomSoort", "uitstroomDatum", "uitstroomToelichting"));

    private final UitstroomBeheer uitstroom;
    private final InburgeraarBeheer inburgeraars;
    private final Formulierfouten formulierfouten;

    UitstroomController(UitstroomBeheer uitstroom, InburgeraarBeheer inburgeraars, Formulierfouten formulierfouten) {
        this.uitstroom = uitstroom;
        this.inburgeraars = inburgeraars;
        this.formulierfouten = formulierfouten;
    }

    @GetMapping
    String toon(@PathVariable UUID id, Model model) {
        model.addAttribute("inburgeraarId", id);
        model.addAttribute("naam", inburgeraars.geadresseerde(id).naam());
        model.addAttribute("uitstromen", uitstroom.vanPersoon(id));
        model.addAttribute("soorten", Uitstroomsoort.values());
        model.addAttribute("acties", UitstroomActies.huidige());
        return "inburgeraars/uitstroom";
    }

    @PostMapping
    String legVast(
            @PathVariable UUID id,
            @RequestParam(name = "uitstroomSoort", required = false) @Nullable String soort,
            @RequestParam(name = "uitstroomDatum", required = false) @Nullable String datum,
            @RequestParam(name = "uitstroomToelichting", required = false) @Nullable String toelichting,
            Model model,
            RedirectAttributes vervolg,
            HttpServletResponse antwoord) {
        return formulierfouten
                .bij(model, antwoord, VELDEN)
                .verwerk(
                        () -> {
                            uitstroom.legVast(id, soort(soort), datum(datum), toelichting);
                            vervolg.addFlashAttribute("melding", "uitstroom.melding.vastgelegd");
                            return "redirect:/inburgeraars/" + id + "/uitstroom";
                        },
                        () -> {
                            model.addAttribute("uitstroomSoort", soort);
                            model.addAttribute("uitstroomDatum", datum);
                            model.addAttribute("uitstroomToelichting", toelichting);
                            return toon(id, model);
                        });
    }

    /** The confirmation before removing (a destructive action). */
    @GetMapping("/{uitstroomId}/verwijderen")
    String bevestig(@PathVariable UUID id, @PathVariable UUID uitstroomId, Model model) {
        Uitstroom gekozen = uitstroom.vanPersoon(id).stream()
                .filter(u -> u.id().equals(uitstroomId))
                .findFirst()
                .orElseThrow(() -> new NietGevonden("Uitstroom"));
        model.addAttribute("inburgeraarId", id);
        model.addAttribute("naam", inburgeraars.geadresseerde(id).naam());
        model.addAttribute("uitstroom", gekozen);
        return "inburgeraars/uitstroom-verwijderen";
    }

    @PostMapping("/{uitstroomId}/verwijderen")
    String verwijder(@PathVariable UUID id, @PathVariable UUID uitstroomId, RedirectAttributes vervolg) {
        uitstroom.verwijder(id, uitstroomId);
        vervolg.addFlashAttribute("melding", "uitstroom.melding.verwijderd");
        return "redirect:/inburgeraars/" + id + "/uitstroom";
    }

    static @Nullable Uitstroomsoort soort(@Nullable String waarde) {
        if (waarde == null || waarde.isBlank()) {
            return null;
        }
        try {
            return Uitstroomsoort.valueOf(waarde.strip());
        } catch (IllegalArgumentException onbekend) {
            throw new OngeldigeInvoer(
                    new Veldfout("soort", "soort.ongeldig", "Kies werk, eigen onderneming of studie."));
        }
    }

    static @Nullable LocalDate datum(@Nullable String waarde) {
        try {
            return waarde == null || waarde.isBlank() ? null : LocalDate.parse(waarde.strip());
        } catch (DateTimeParseException onleesbaar) {
            throw new OngeldigeInvoer(new Veldfout("datum", "datum.ongeldig", "Vul een geldige datum in."));
        }
    }
}
