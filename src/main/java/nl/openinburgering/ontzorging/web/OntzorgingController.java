package nl.openinburgering.ontzorging.web;

import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

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
import nl.openinburgering.ontzorging.Kostensoort;
import nl.openinburgering.ontzorging.Machtiging;
import nl.openinburgering.ontzorging.OntzorgingActies;
import nl.openinburgering.ontzorging.OntzorgingBeheer;
import nl.openinburgering.ontzorging.OntzorgingDossier;
import nl.openinburgering.ontzorging.Vergunning;
import nl.openinburgering.platform.web.Formulierfouten;
import nl.openinburgering.platform.web.Formuliervelden;
import nl.openinburgering.shared.OngeldigeInvoer;
import nl.openinburgering.shared.Veldfout;

/**
 * A person's ontzorging in their file: the consulent starts it (R7.1), records the machtiging (R7.4) and the cost
 * items (R7.2, R7.7), extends or ends it (R7.3, D3, ending after a confirmation) and hands items back (R7.6).
 */
@Controller
@RequestMapping("/inburgeraars/{id}/ontzorging")
class OntzorgingController {

    static final Map<String, String> VELDEN = Map.ofEntries(
            Map.entry("doelgroep", "ozVergunning"),
            Map.entry("vergunning", "ozVergunning"),
            Map.entry("startBijstand", "ozStartBijstand"),
            Map.entry("machtiging", "ozMachtiging"),
            Map.entry("machtigingDatum", "ozMachtigingDatum"),
            Map.entry("soort", "ozSoort"),
            Map.entry("crediteurNaam", "ozCrediteurNaam"),
            Map.entry("iban", "ozIban"),
            Map.entry("kenmerk", "ozKenmerk"),
            Map.entry("bedrag", "ozBedrag"),
            Map.entry("startmaand", "ozStartmaand"),
            Map.entry("eindmaand", "ozEindmaand"),
            Map.entry("overdrachtVanaf", "ozOverdrachtVanaf"),
            Map.entry("beoordeling", "ozBeoordeling"),
            Map.entry("budgetcursus", "ozBudgetcursus"),
            Map.entry("verlengdTot", "ozVerlengdTot"),
            Map.entry("verlengingReden", "ozVerlengingReden"),
            Map.entry("einddatum", "ozEinddatum"),
            Map.entry("bevestigd", "ozBevestigd"));

    private final OntzorgingBeheer beheer;
    private final InburgeraarBeheer inburgeraars;
    private final Formulierfouten formulierfouten;

    OntzorgingController(OntzorgingBeheer beheer, InburgeraarBeheer inburgeraars, Formulierfouten formulierfouten) {
        this.beheer = beheer;
        this.inburgeraars = inburgeraars;
        this.formulierfouten = formulierfouten;
    }

    @GetMapping
    String pagina(@PathVariable UUID id, Model model) {
        OntzorgingDossier dossier = beheer.dossier(id);
        model.addAttribute("inburgeraarId", id);
        model.addAttribute("naam", inburgeraars.geadresseerde(id).naam());
        model.addAttribute("dossier", dossier);
        model.addAttribute("acties", OntzorgingActies.huidige(dossier));
        model.addAttribute("vergunningen", Vergunning.values());
        model.addAttribute("soorten", Kostensoort.values());
        return "ontzorging/dossier";
    }

    @PostMapping("/start")
    String start(
            @PathVariable UUID id,
            @RequestParam(name = "ozVergunning", required = false) @Nullable Vergunning vergunning,
            @RequestParam(name = "ozStartBijstand", required = false) @Nullable String startBijstand,
            Model model,
            RedirectAttributes vervolg,
            HttpServletResponse antwoord) {
        return formulier(id, "ozVergunning", model, antwoord, () -> {
            beheer.start(id, vergunning, Maanden.datum(startBijstand, "startBijstand"));
            vervolg.addFlashAttribute("melding", "ontzorging.melding.gestart");
            return terug(id);
        });
    }

    @PostMapping("/machtiging")
    String machtiging(
            @PathVariable UUID id,
            @RequestParam(name = "ozMachtiging", required = false) @Nullable Machtiging status,
            @RequestParam(name = "ozMachtigingDatum", required = false) @Nullable String datum,
            Model model,
            RedirectAttributes vervolg,
            HttpServletResponse antwoord) {
        return formulier(id, "ozMachtiging", model, antwoord, () -> {
            beheer.legMachtigingVast(id, status, Maanden.datum(datum, "machtigingDatum"));
            vervolg.addFlashAttribute(
                    "melding",
                    status == Machtiging.GEWEIGERD
                            ? "ontzorging.melding.machtigingGeweigerd"
                            : "ontzorging.melding.machtiging");
            return terug(id);
        });
    }

    @PostMapping("/kostenposten")
    String kostenpost(
            @PathVariable UUID id,
            @RequestParam(name = "ozSoort", required = false) @Nullable Kostensoort soort,
            @RequestParam Map<String, String> invoer,
            Model model,
            RedirectAttributes vervolg,
            HttpServletResponse antwoord) {
        model.addAttribute("invoer", invoer);
        return formulier(id, "ozSoort", model, antwoord, () -> {
            beheer.voegKostenpostToe(id, Kostenpostvelden.lees(soort, invoer));
            vervolg.addFlashAttribute("melding", "ontzorging.melding.kostenpost");
            return terug(id);
        });
    }

    @PostMapping("/teruggave")
    String teruggave(
            @PathVariable UUID id,
            @RequestParam(name = "ozPost", required = false) @Nullable UUID post,
            @RequestParam(name = "ozOverdrachtVanaf", required = false) @Nullable String vanaf,
            @RequestParam(name = "ozBeoordeling", required = false) @Nullable String beoordeling,
            @RequestParam(name = "ozBudgetcursus", required = false) @Nullable String budgetcursus,
            @RequestParam Map<String, String> invoer,
            Model model,
            RedirectAttributes vervolg,
            HttpServletResponse antwoord) {
        model.addAttribute("invoer", invoer);
        return formulier(id, "ozOverdrachtVanaf", model, antwoord, () -> {
            if (post == null) {
                throw new OngeldigeInvoer(new Veldfout("overdrachtVanaf", "verplicht", "Kies de vaste last."));
            }
            beheer.draagOver(id, post, Maanden.maand(vanaf, "overdrachtVanaf"), beoordeling, budgetcursus);
            vervolg.addFlashAttribute("melding", "ontzorging.melding.teruggave");
            return terug(id);
        });
    }

    @PostMapping("/verlenging")
    String verlenging(
            @PathVariable UUID id,
            @RequestParam(name = "ozVerlengdTot", required = false) @Nullable String tot,
            @RequestParam(name = "ozVerlengingReden", required = false) @Nullable String reden,
            @RequestParam Map<String, String> invoer,
            Model model,
            RedirectAttributes vervolg,
            HttpServletResponse antwoord) {
        model.addAttribute("invoer", invoer);
        return formulier(id, "ozVerlengdTot", model, antwoord, () -> {
            beheer.verleng(id, Maanden.datum(tot, "verlengdTot"), reden);
            vervolg.addFlashAttribute("melding", "ontzorging.melding.verlengd");
            return terug(id);
        });
    }

    /** Ending is destructive: the form asks for an explicit confirmation. */
    @PostMapping("/beeindiging")
    String beeindiging(
            @PathVariable UUID id,
            @RequestParam(name = "ozEinddatum", required = false) @Nullable String datum,
            @RequestParam(name = "ozBijstandBeeindigd", defaultValue = "false") boolean bijstandBeeindigd,
            @RequestParam(name = "ozBevestigd", defaultValue = "false") boolean bevestigd,
            Model model,
            RedirectAttributes vervolg,
            HttpServletResponse antwoord) {
        return formulier(id, "ozEinddatum", model, antwoord, () -> {
            if (!bevestigd) {
                throw new OngeldigeInvoer(
                        new Veldfout("bevestigd", "bevestiging", "Bevestig dat u de ontzorging wilt beëindigen."));
            }
            beheer.beeindig(id, Maanden.datum(datum, "einddatum"), bijstandBeeindigd);
            vervolg.addFlashAttribute("melding", "ontzorging.melding.beeindigd");
            return terug(id);
        });
    }

    private String formulier(
            UUID id, String standaard, Model model, HttpServletResponse antwoord, Supplier<String> handeling) {
        return formulierfouten
                .bij(model, antwoord, Formuliervelden.van(VELDEN, standaard))
                .metConflict()
                .verwerk(handeling, () -> pagina(id, model));
    }

    private static String terug(UUID id) {
        return "redirect:/inburgeraars/" + id + "/ontzorging";
    }
}
