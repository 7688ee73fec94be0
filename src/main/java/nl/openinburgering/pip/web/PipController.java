package nl.openinburgering.pip.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.openinburgering.inburgeraar.Inburgeraar;
import nl.openinburgering.inburgeraar.InburgeraarBeheer;
import nl.openinburgering.intake.IntakeBeheer;
import nl.openinburgering.pip.Alfabetisering;
import nl.openinburgering.pip.Niveau;
import nl.openinburgering.pip.Pip;
import nl.openinburgering.pip.PipActies;
import nl.openinburgering.pip.PipBeheer;
import nl.openinburgering.pip.PipInhoud;
import nl.openinburgering.pip.PipStatus;
import nl.openinburgering.platform.HuidigeGebruiker;
import nl.openinburgering.platform.Rol;
import nl.openinburgering.platform.web.Formulierfouten;
import nl.openinburgering.platform.web.Formuliervelden;
import nl.openinburgering.platform.web.Volgendestap;
import nl.openinburgering.shared.Leerroute;
import nl.openinburgering.shared.OngeldigeInvoer;
import nl.openinburgering.shared.Vandaag;
import nl.openinburgering.shared.Veldfout;

/**
 * The PIP pages of one person: the versions, the editor that checks the rules while the consulent types,
 * a PIP's detail and the teamleider's vaststelling with a confirmation step. Rules stay in the domain; this
 * class turns their findings into messages next to the fields.
 */
@Controller
@RequestMapping("/inburgeraars/{id}/pips")
class PipController {

    private static final Formuliervelden VELDEN = Formuliervelden.zelfde().inVolgorde(PipFormulier.VELDEN);
    /**
     * R3.1, R2.1, R2.4: on the vaststelling page the missing content and intake show beside the one field that
     * can answer them there, the teamleider's reason to deviate.
     */
    private static final Formuliervelden VASTSTELLING_VELDEN = Formuliervelden.hernoemd(Map.of(
                    "begeleiding", "redenAfwijking",
                    "afsprakenPvt", "redenAfwijking",
                    "afsprakenMap", "redenAfwijking",
                    "aantalVoortgangsgesprekken", "redenAfwijking",
                    "intake", "redenAfwijking",
                    "leerbaarheidstoets", "redenAfwijking"))
            .inVolgorde(List.of("dagtekening", "redenEerdereDagtekening", "redenAfwijking"));

    private final PipBeheer pips;
    private final InburgeraarBeheer inburgeraars;
    private final IntakeBeheer intake;
    private final Formulierfouten formulierfouten;
    private final Clock klok;

    PipController(
            PipBeheer pips,
            InburgeraarBeheer inburgeraars,
            IntakeBeheer intake,
            Formulierfouten formulierfouten,
            Clock klok) {
        this.pips = pips;
        this.inburgeraars = inburgeraars;
        this.intake = intake;
        this.formulierfouten = formulierfouten;
        this.klok = klok;
    }

    @ModelAttribute("velden")
    List<String> velden() {
        return PipFormulier.VELDEN;
    }

    /**
     * The fields that belong to some leerroutes only, with those routes (space separated). The editor
     * hides and disables them for another route; the rules refuse a value sent anyway (R3.3, R6.1).
     */
    @ModelAttribute("routevelden")
    Map<String, String> routevelden() {
        return Map.of(
                "geschatteIntensiteitB1Route",
                Leerroute.B1_ROUTE.name(),
                "afsprakenMap",
                Leerroute.B1_ROUTE.name() + " " + Leerroute.Z_ROUTE.name(),
                "intensiteitMapUren",
                Leerroute.B1_ROUTE.name() + " " + Leerroute.Z_ROUTE.name(),
                "afschalingB1NietHaalbaar",
                Leerroute.B1_ROUTE.name(),
                "afschalingVoldoendeInspanning",
                Leerroute.B1_ROUTE.name());
    }

    /** R3.11: the skills afschalen can lower, for the editor's checkboxes. */
    @ModelAttribute("vaardigheden")
    List<String> vaardigheden() {
        return PipFormulier.VAARDIGHEDEN;
    }

    /** The options of the select fields; the empty option first (no choice yet, or the default niveau). */
    @ModelAttribute("keuzes")
    Map<String, List<String>> keuzes() {
        return Map.of(
                "leerroute",
                opties(Leerroute.values()),
                "niveau",
                opties(Niveau.values()),
                "alfabetisering",
                Stream.of(Alfabetisering.values()).map(Enum::name).toList());
    }

    private static List<String> opties(Enum<?>[] waarden) {
        return Stream.concat(Stream.of(""), Stream.of(waarden).map(Enum::name)).toList();
    }

    @GetMapping
    String lijst(@PathVariable UUID id, Model model) {
        persoon(id, model);
        List<Pip> lijst = pips.lijst(id);
        model.addAttribute("pips", lijst);
        model.addAttribute(
                "concept",
                lijst.stream()
                        .filter(p -> p.status() == PipStatus.CONCEPT)
                        .findFirst()
                        .orElse(null));
        model.addAttribute("acties", PipActies.huidige(null));
        return "pips/lijst";
    }

    @GetMapping("/nieuw")
    String nieuw(@PathVariable UUID id, Model model) {
        persoon(id, model);
        // The route the consulent chose after the brede intake is the natural start of the plan.
        model.addAttribute(
                "formulier",
                PipFormulier.leeg()
                        .metLeerroute(
                                intake.gekozenLeerroute(id).map(Enum::name).orElse("")));
        return "pips/formulier";
    }

    @PostMapping("/nieuw")
    String opstellen(
            @PathVariable UUID id,
            @ModelAttribute("formulier") PipFormulier formulier,
            Model model,
            RedirectAttributes vervolg,
            HttpServletResponse antwoord) {
        return formulierfouten
                .bij(model, antwoord, VELDEN)
                .metConflict()
                .verwerk(
                        () -> {
                            Pip pip = pips.opstellen(id, inhoud(id, formulier));
                            vervolg.addFlashAttribute("melding", "pip.melding.opgesteld");
                            // The teamleider fixes it (four eyes): the concept waits in their queue.
                            Volgendestap.na(vervolg, "/", "volgendeStap.terVaststelling");
                            return "redirect:/inburgeraars/" + id + "/pips/" + pip.id();
                        },
                        () -> {
                            persoon(id, model);
                            return "pips/formulier";
                        });
    }

    /**
     * The live check of the editor (htmx, on every change): the rule findings for what is typed so far,
     * as the summary plus one out-of-band message per field. Nothing is stored.
     */
    @PostMapping("/controle")
    String controle(@PathVariable UUID id, @ModelAttribute("formulier") PipFormulier formulier, Model model) {
        List<Veldfout> fouten = new ArrayList<>();
        PipInhoud inhoud = formulier.inhoud(fouten);
        fouten.addAll(pips.controleer(id, inhoud));
        model.addAttribute("fouten", formulierfouten.perVeld(fouten, VELDEN));
        return "pips/velden :: controle";
    }

    @GetMapping("/{pipId}")
    String detail(@PathVariable UUID id, @PathVariable UUID pipId, Model model) {
        persoon(id, model);
        Pip pip = pips.raadpleeg(id, pipId);
        model.addAttribute("pip", pip);
        model.addAttribute("acties", PipActies.huidige(pip.status()));
        return "pips/detail";
    }

    @GetMapping("/{pipId}/bewerken")
    String bewerken(@PathVariable UUID id, @PathVariable UUID pipId, Model model) {
        persoon(id, model);
        Pip pip = pips.raadpleeg(id, pipId);
        model.addAttribute("pipId", pipId);
        model.addAttribute("formulier", PipFormulier.van(pip));
        return "pips/formulier";
    }

    @PostMapping("/{pipId}/bewerken")
    String wijzigen(
            @PathVariable UUID id,
            @PathVariable UUID pipId,
            @ModelAttribute("formulier") PipFormulier formulier,
            Model model,
            RedirectAttributes vervolg,
            HttpServletResponse antwoord) {
        return formulierfouten
                .bij(model, antwoord, VELDEN)
                .metConflict()
                .verwerk(
                        () -> {
                            pips.wijzigen(id, pipId, versie(formulier.versie()), inhoud(id, formulier));
                            vervolg.addFlashAttribute("melding", "pip.melding.gewijzigd");
                            Volgendestap.na(vervolg, "/", "volgendeStap.terVaststelling");
                            return "redirect:/inburgeraars/" + id + "/pips/" + pipId;
                        },
                        () -> {
                            persoon(id, model);
                            model.addAttribute("pipId", pipId);
                            return "pips/formulier";
                        });
    }

    /** The confirmation step: the vaststelling is a beschikking, so it is never one click away. */
    @GetMapping("/{pipId}/vaststellen")
    String bevestigen(@PathVariable UUID id, @PathVariable UUID pipId, Model model) {
        persoon(id, model);
        model.addAttribute("pip", pips.raadpleeg(id, pipId));
        model.addAttribute("dagtekening", Vandaag.datum(klok).toString());
        return "pips/vaststellen";
    }

    /**
     * Fixes the PIP after the confirmation. A refusal under the gemeente's four-eyes policy (403), a rule
     * violation (400) or a PIP that is no longer a concept (409) comes back on the confirmation page.
     */
    @PostMapping("/{pipId}/vaststellen")
    String vaststellen(
            @PathVariable UUID id,
            @PathVariable UUID pipId,
            @RequestParam(defaultValue = "") String dagtekening,
            @RequestParam(defaultValue = "") String redenEerdereDagtekening,
            @RequestParam(defaultValue = "") String redenAfwijking,
            @RequestParam(required = false) @Nullable Long versie,
            Model model,
            RedirectAttributes vervolg,
            HttpServletResponse antwoord) {
        return formulierfouten
                .bij(model, antwoord, VASTSTELLING_VELDEN)
                .metConflict()
                .metWeigering()
                .verwerk(
                        () -> {
                            pips.vaststellen(
                                    id,
                                    pipId,
                                    datum(dagtekening),
                                    redenEerdereDagtekening,
                                    redenAfwijking,
                                    versie(versie));
                            // R3.2: the beschikking must reach the person; without an address, say so.
                            if (inburgeraars.geadresseerde(id).adres().isEmpty()) {
                                vervolg.addFlashAttribute("melding", "pip.melding.vastgesteldZonderAdres");
                                vervolg.addFlashAttribute("meldingSoort", "waarschuwing");
                            } else {
                                vervolg.addFlashAttribute("melding", "pip.melding.vastgesteld");
                            }
                            // The teamleider works through the queue on the start page; the consulent goes on to
                            // the enrolment at a provider in the leerroute.
                            if (HuidigeGebruiker.huidige()
                                    .map(g -> g.rol() == Rol.TEAMLEIDER)
                                    .orElse(false)) {
                                Volgendestap.na(vervolg, "/", "volgendeStap.wachtrij");
                            } else {
                                Volgendestap.na(
                                        vervolg, "/inburgeraars/" + id + "/leerroute", "volgendeStap.leerroute");
                            }
                            return "redirect:/inburgeraars/" + id + "/pips/" + pipId;
                        },
                        () -> {
                            persoon(id, model);
                            model.addAttribute("pip", pips.raadpleeg(id, pipId));
                            model.addAttribute("dagtekening", dagtekening);
                            model.addAttribute("redenEerdereDagtekening", redenEerdereDagtekening);
                            model.addAttribute("redenAfwijking", redenAfwijking);
                            return "pips/vaststellen";
                        });
    }

    private static long versie(@Nullable Long versie) {
        if (versie == null) {
            throw new OngeldigeInvoer(new Veldfout("versie", "verplicht", "De versie van het PIP ontbreekt."));
        }
        return versie;
    }

    /** The content of the form; with an unreadable field, every finding at once (the rules' too). */
    private PipInhoud inhoud(UUID id, PipFormulier formulier) {
        List<Veldfout> fouten = new ArrayList<>();
        PipInhoud inhoud = formulier.inhoud(fouten);
        if (!fouten.isEmpty()) {
            fouten.addAll(pips.controleer(id, inhoud));
            throw new OngeldigeInvoer(fouten);
        }
        return inhoud;
    }

    private static @Nullable LocalDate datum(String tekst) {
        if (tekst.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(tekst.strip());
        } catch (DateTimeParseException onleesbaar) {
            throw new OngeldigeInvoer(
                    new Veldfout("dagtekening", "datum.formaat", "Vul een geldige datum in, zoals 2026-03-01."));
        }
    }

    /** The person and the deadlines every PIP page shows prominently (R2.8, R3.4). */
    private void persoon(UUID id, Model model) {
        Inburgeraar persoon = inburgeraars.raadpleeg(id);
        LocalDate vandaag = Vandaag.datum(klok);
        model.addAttribute("inburgeraar", persoon);
        // R3.2: the editor, the confirmation and the PIP page warn that a letter cannot be sent.
        model.addAttribute("adresOntbreekt", persoon.adres().isEmpty());
        persoon.termijnVaststellingPip().ifPresent(termijn -> {
            model.addAttribute("termijn", termijn);
            model.addAttribute("dagenResterend", ChronoUnit.DAYS.between(vandaag, termijn.uiterlijkeDatum()));
        });
        persoon.inburgeringstermijn().ifPresent(termijn -> {
            model.addAttribute("inburgeringstermijn", termijn);
            model.addAttribute("dagenInburgeringstermijn", ChronoUnit.DAYS.between(vandaag, termijn.laatsteDag()));
        });
    }
}
