package nl.openinburgering.duo.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tools.jackson.databind.json.JsonMapper;

import nl.openinburgering.duo.DuoBeheer;
import nl.openinburgering.duo.Oin;
import nl.openinburgering.platform.web.Formulierfouten;
import nl.openinburgering.platform.web.Formuliervelden;
import nl.openinburgering.shared.NietGevonden;

/**
 * The pages of the exchange (R10.3, R10.5): the functioneel beheerder's {@code /beheer/duo} (the gemeente's OIN
 * and M2M, what came in, what went out, what waits, with resend), the consulent's {@code /duo} (new
 * inburgeringsplichtigen from DUO, the worklist "registreren in het DUO-portaal", DUO's refusals) and a file's
 * {@code /inburgeraars/{id}/duo} (DUO's facts, fetched when opened, not editable).
 */
@Controller
class DuoPaginaController {

    static final int PAGINA = 25;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final DuoBeheer duo;
    private final Formulierfouten formulierfouten;

    DuoPaginaController(DuoBeheer duo, Formulierfouten formulierfouten) {
        this.duo = duo;
        this.formulierfouten = formulierfouten;
    }

    @GetMapping("/beheer/duo")
    String beheer(
            @RequestParam(defaultValue = "0") int in,
            @RequestParam(defaultValue = "0") int uit,
            @RequestParam(defaultValue = "") String status,
            Model model) {
        model.addAttribute("instelling", duo.instelling().orElse(null));
        model.addAttribute("notificaties", duo.notificaties(status, Math.max(in, 0), PAGINA));
        model.addAttribute("aantalNotificaties", duo.aantalNotificaties(status));
        model.addAttribute("berichten", duo.uitgaand("", status, Math.max(uit, 0), PAGINA));
        model.addAttribute("aantalBerichten", duo.aantalUitgaand("", status));
        model.addAttribute("in", Math.max(in, 0));
        model.addAttribute("uit", Math.max(uit, 0));
        model.addAttribute("status", status);
        model.addAttribute("paginagrootte", PAGINA);
        return "duo/beheer";
    }

    @PostMapping("/beheer/duo")
    String stelIn(
            @RequestParam(defaultValue = "") String oin,
            @RequestParam(defaultValue = "false") boolean m2m,
            Model model,
            HttpServletResponse antwoord,
            RedirectAttributes vervolg) {
        return formulierfouten
                .bij(model, antwoord, Formuliervelden.zelfde())
                .metConflictBijVeld("oin.bestaat", "oin")
                .verwerk(
                        () -> {
                            duo.stelIn(new Oin(oin.strip()), m2m);
                            vervolg.addFlashAttribute("melding", "duo.melding.ingesteld");
                            return "redirect:/beheer/duo";
                        },
                        () -> {
                            model.addAttribute("ingevoerdeOin", oin);
                            return beheer(0, 0, "", model);
                        });
    }

    @PostMapping("/beheer/duo/notificaties/{berichtId}/opnieuw")
    String verwerkOpnieuw(@PathVariable UUID berichtId, RedirectAttributes vervolg) {
        duo.verwerkOpnieuw(berichtId);
        vervolg.addFlashAttribute("melding", "duo.melding.opnieuwVerwerken");
        return "redirect:/beheer/duo";
    }

    @PostMapping("/beheer/duo/berichten/{id}/opnieuw")
    String verzendOpnieuw(@PathVariable UUID id, RedirectAttributes vervolg) {
        duo.verzendOpnieuw(id);
        vervolg.addFlashAttribute("melding", "duo.melding.opnieuwVerzenden");
        return "redirect:/beheer/duo";
    }

    @GetMapping("/duo")
    String werk(@RequestParam(defaultValue = "0") int pagina, Model model) {
        model.addAttribute("aanmeldingen", duo.aanmeldingen(Math.max(pagina, 0), PAGINA));
        model.addAttribute("aantalAanmeldingen", duo.aantalAanmeldingen());
        model.addAttribute("pagina", Math.max(pagina, 0));
        model.addAttribute("paginagrootte", PAGINA);
        model.addAttribute("portaal", duo.uitgaand("PORTAAL", "WACHT", 0, 200));
        model.addAttribute("geweigerd", duo.geweigerd());
        model.addAttribute("waarden", new Waarden());
        return "duo/werk";
    }

    @GetMapping("/duo/aanmeldingen/{berichtId}")
    String aanmelding(@PathVariable UUID berichtId, Model model) {
        model.addAttribute(
                "aanmelding",
                duo.aanmeldingen(0, 10_000).stream()
                        .filter(a -> a.berichtId().equals(berichtId))
                        .findFirst()
                        .orElseThrow(() -> new NietGevonden("Aanmelding")));
        return "duo/aanmelding";
    }

    @PostMapping("/duo/aanmeldingen/{berichtId}")
    String registreer(
            @PathVariable UUID berichtId,
            @RequestParam(defaultValue = "") String voornamen,
            @RequestParam(defaultValue = "") String geslachtsnaam,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
                    LocalDate geboortedatum,
            Model model,
            HttpServletResponse antwoord,
            RedirectAttributes vervolg) {
        return formulierfouten
                .bij(model, antwoord, Formuliervelden.zelfde())
                .metConflictBijVeld("bsn.bestaat", "voornamen")
                .verwerk(
                        () -> {
                            UUID id = duo.registreer(berichtId, voornamen, geslachtsnaam, geboortedatum)
                                    .id();
                            vervolg.addFlashAttribute("melding", "duo.melding.geregistreerd");
                            return "redirect:/inburgeraars/" + id;
                        },
                        () -> {
                            model.addAttribute("voornamen", voornamen);
                            model.addAttribute("geslachtsnaam", geslachtsnaam);
                            model.addAttribute("geboortedatum", geboortedatum);
                            return aanmelding(berichtId, model);
                        });
    }

    @PostMapping("/duo/portaal/{id}/gedaan")
    String inPortaal(@PathVariable UUID id, RedirectAttributes vervolg) {
        duo.geregistreerdInPortaal(id);
        vervolg.addFlashAttribute("melding", "duo.melding.inPortaal");
        return "redirect:/duo";
    }

    @GetMapping("/inburgeraars/{id}/duo")
    String dossier(@PathVariable UUID id, Model model) {
        model.addAttribute("id", id);
        model.addAttribute("feiten", duo.raadpleeg(id));
        model.addAttribute(
                "openWeigeringen",
                duo.openWeigeringen(id).stream().map(b -> b.id()).collect(java.util.stream.Collectors.toSet()));
        model.addAttribute("waarden", new Waarden());
        return "duo/dossier";
    }

    /** R10.3: the consulent marks DUO's refusal as handled; the worklist signal goes. */
    @PostMapping("/inburgeraars/{id}/duo/meldingen/{meldingId}/afgehandeld")
    String weigeringAfgehandeld(@PathVariable UUID id, @PathVariable UUID meldingId, RedirectAttributes vervolg) {
        duo.weigeringAfgehandeld(id, meldingId);
        vervolg.addFlashAttribute("melding", "duo.melding.weigeringAfgehandeld");
        return "redirect:/inburgeraars/" + id + "/duo";
    }

    /** DUO's JSON as field/value pairs for a page (the values to type in the portal, DUO's facts). */
    static final class Waarden {
        public Map<String, String> van(@Nullable String json) {
            Map<String, String> waarden = new LinkedHashMap<>();
            if (json == null || json.isBlank()) {
                return waarden;
            }
            tools.jackson.databind.JsonNode boom = JSON.readTree(json);
            if (boom.isArray()) {
                // A list (exam results, vrijstellingen, ...): one line per item, its fields flattened.
                int nummer = 1;
                for (tools.jackson.databind.JsonNode item : boom) {
                    waarden.put(String.valueOf(nummer++), plat(item));
                }
                return waarden;
            }
            boom.properties()
                    .forEach(e -> waarden.put(
                            e.getKey(), e.getValue().asString(e.getValue().toString())));
            return waarden;
        }

        private static String plat(tools.jackson.databind.JsonNode item) {
            if (!item.isObject()) {
                return item.asString(item.toString());
            }
            java.util.List<String> delen = new java.util.ArrayList<>();
            item.properties()
                    .forEach(e -> delen.add(
                            e.getValue().isObject()
                                    ? e.getKey() + " (" + plat(e.getValue()) + ")"
                                    : e.getKey() + ": "
                                            + e.getValue().asString(e.getValue().toString())));
            return String.join(", ", delen);
        }
    }
}
