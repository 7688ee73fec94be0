package nl.openinburgering.map.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.openinburgering.inburgeraar.InburgeraarBeheer;
import nl.openinburgering.map.MapActies;
import nl.openinburgering.map.MapBeheer;
import nl.openinburgering.map.MapVoortgang;
import nl.openinburgering.map.ThemaStatus;
import nl.openinburgering.platform.web.Formulierfouten;
import nl.openinburgering.platform.web.Formuliervelden;
import nl.openinburgering.platform.web.Volgendestap;
import nl.openinburgering.shared.Conflict;
import nl.openinburgering.shared.MapThema;
import nl.openinburgering.shared.OngeldigeInvoer;
import nl.openinburgering.shared.Veldfout;
import nl.openinburgering.shared.Verwijtbaar;

/**
 * A person's MAP: the themes agreed or waived (R6.2), the practical hours toward 40 (R6.3), the cost against the
 * budget (D4) and the eindgesprek (R6.4). In the onderwijsroute the page says the MAP does not apply (R6.1).
 */
@Controller
@RequestMapping("/inburgeraars/{id}/map")
class MapController {

    /** The eindgesprek's findings about the judgement of fault belong to its date: that is where it is filled in. */
    private static final Map<String, String> VELDEN = Map.of(
            "datum",
            "mapEindgesprekDatum",
            "voldoende",
            "mapVoldoende",
            "verwijtbaar",
            "mapEindgesprekDatum",
            "kosten",
            "mapKosten");

    private final MapBeheer map;
    private final InburgeraarBeheer inburgeraars;
    private final Formulierfouten formulierfouten;

    MapController(MapBeheer map, InburgeraarBeheer inburgeraars, Formulierfouten formulierfouten) {
        this.map = map;
        this.inburgeraars = inburgeraars;
        this.formulierfouten = formulierfouten;
    }

    @GetMapping
    String voortgang(@PathVariable UUID id, Model model) {
        model.addAttribute("inburgeraarId", id);
        model.addAttribute("naam", inburgeraars.geadresseerde(id).naam());
        MapVoortgang voortgang = map.voortgang(id);
        model.addAttribute("voortgang", voortgang);
        model.addAttribute("acties", MapActies.huidige(voortgang.eindgesprek()));
        model.addAttribute("statussen", ThemaStatus.values());
        return "map/voortgang";
    }

    /** R6.2: one theme agreed or waived; a waiver without a reason is refused next to the field. */
    @PostMapping("/themas/{thema}")
    String thema(
            @PathVariable UUID id,
            @PathVariable MapThema thema,
            @RequestParam(name = "status", required = false) @Nullable ThemaStatus status,
            @RequestParam(name = "reden", required = false) @Nullable String reden,
            Model model,
            RedirectAttributes vervolg,
            HttpServletResponse antwoord) {
        // No choice is pre-selected, so a missing one is refused beside the theme's own choice field.
        Formuliervelden velden =
                Formuliervelden.van(Map.of("status", "mapStatus-" + thema.name()), "mapReden-" + thema.name());
        return formulierfouten
                .bij(model, antwoord, velden)
                .verwerk(
                        () -> {
                            map.spreekThemaAf(id, thema, status, reden);
                            vervolg.addFlashAttribute("melding", "map.melding.thema");
                            return "redirect:/inburgeraars/" + id + "/map";
                        },
                        () -> voortgang(id, model));
    }

    @PostMapping("/kosten")
    String kosten(
            @PathVariable UUID id,
            @RequestParam(name = "mapKosten", required = false) @Nullable String kosten,
            Model model,
            RedirectAttributes vervolg,
            HttpServletResponse antwoord) {
        return formulier(id, "mapKosten", model, antwoord, () -> {
            map.stelKostenIn(id, bedrag(kosten, "kosten"));
            vervolg.addFlashAttribute("melding", "map.melding.kosten");
            return "redirect:/inburgeraars/" + id + "/map";
        });
    }

    @PostMapping("/eindgesprek")
    String eindgesprek(
            @PathVariable UUID id,
            @RequestParam(name = "mapEindgesprekDatum", required = false) @Nullable String datum,
            @RequestParam(name = "mapVoldoende", required = false) @Nullable Boolean voldoende,
            @RequestParam(name = "mapVerwijtbaar", required = false) @Nullable String verwijtbaar,
            Model model,
            RedirectAttributes vervolg,
            HttpServletResponse antwoord) {
        return formulier(id, "mapEindgesprekDatum", model, antwoord, () -> {
            map.eindgesprek(
                    id,
                    datum(datum),
                    voldoende,
                    verwijtbaar == null || verwijtbaar.isBlank() ? null : Verwijtbaar.valueOf(verwijtbaar));
            vervolg.addFlashAttribute("melding", "map.melding.eindgesprek");
            Volgendestap.na(vervolg, "/inburgeraars/" + id, "volgendeStap.dossier");
            return "redirect:/inburgeraars/" + id + "/map";
        });
    }

    /** One page with several small forms: a finding without a field of its own goes to the form's main field. */
    private String formulier(
            UUID id, String standaard, Model model, HttpServletResponse antwoord, Supplier<String> handeling) {
        return formulierfouten
                .bij(model, antwoord, Formuliervelden.van(VELDEN, standaard))
                .verwerk(handeling, () -> voortgang(id, model));
    }

    private static @Nullable LocalDate datum(@Nullable String waarde) {
        try {
            return waarde == null || waarde.isBlank() ? null : LocalDate.parse(waarde);
        } catch (DateTimeParseException onleesbaar) {
            throw new OngeldigeInvoer(new Veldfout("datum", "datum.ongeldig", "Vul een geldige datum in."));
        }
    }

    /** An eindgesprek after the MAP was completed: the error page with 409, as the API answers. */
    @ExceptionHandler(Conflict.class)
    void conflict(HttpServletResponse antwoord) throws IOException {
        antwoord.sendError(HttpServletResponse.SC_CONFLICT);
    }

    static @Nullable BigDecimal bedrag(@Nullable String waarde, String veld) {
        try {
            return waarde == null || waarde.isBlank()
                    ? null
                    : new BigDecimal(waarde.strip().replace(',', '.'));
        } catch (NumberFormatException onleesbaar) {
            throw new OngeldigeInvoer(new Veldfout(veld, "bedrag.ongeldig", "Vul een bedrag in, zoals 150 of 149,50."));
        }
    }
}
