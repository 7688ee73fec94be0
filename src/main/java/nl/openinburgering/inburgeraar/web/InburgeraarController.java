package nl.openinburgering.inburgeraar.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

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

import nl.openinburgering.inburgeraar.Afsluitreden;
import nl.openinburgering.inburgeraar.Doelgroep;
import nl.openinburgering.inburgeraar.Inburgeraar;
import nl.openinburgering.inburgeraar.InburgeraarActies;
import nl.openinburgering.inburgeraar.InburgeraarBeheer;
import nl.openinburgering.platform.web.Formulierfouten;
import nl.openinburgering.platform.web.Formulierpoging;
import nl.openinburgering.platform.web.Formuliervelden;
import nl.openinburgering.shared.Bsn;
import nl.openinburgering.shared.OngeldigeInvoer;
import nl.openinburgering.shared.Vandaag;
import nl.openinburgering.shared.Veldfout;

/**
 * The consulent's pages of the registry: search (by BSN, or by name or date of birth from the header), register,
 * view and edit; the list of inburgeraars with its stage and signals is the werkvoorraad's. Validation and
 * rules stay in the domain; this class only turns their findings into messages next to the right fields.
 */
@Controller
@RequestMapping("/inburgeraars")
class InburgeraarController {

    /** Days remaining count in Dutch days: a server clock in UTC would be a day off after midnight. */
    private final InburgeraarBeheer beheer;

    private final Formulierfouten formulierfouten;
    private final Clock klok;

    InburgeraarController(InburgeraarBeheer beheer, Formulierfouten formulierfouten, Clock klok) {
        this.beheer = beheer;
        this.formulierfouten = formulierfouten;
        this.klok = klok;
    }

    @ModelAttribute("doelgroepen")
    Doelgroep[] doelgroepen() {
        return Doelgroep.values();
    }

    @GetMapping("/zoeken")
    String zoekformulier() {
        return "inburgeraars/zoeken";
    }

    /**
     * POST, so the BSN travels in the body and never lands in a URL, a browser history or an access log. With
     * {@code zoekterm} (the quick search of the header) by name, date of birth or BSN; else by {@code bsn}.
     */
    @PostMapping("/zoeken")
    String zoek(
            @RequestParam(defaultValue = "") String bsn,
            @RequestParam(required = false) @Nullable String zoekterm,
            Model model,
            HttpServletResponse antwoord) {
        if (zoekterm != null) {
            model.addAttribute("zoekterm", zoekterm);
            try {
                model.addAttribute("resultaten", beheer.zoek(zoekterm));
            } catch (OngeldigeInvoer ongeldig) {
                antwoord.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                model.addAttribute(
                        "zoektermFout",
                        formulierfouten
                                .perVeld(ongeldig.fouten(), Formuliervelden.alles("zoekterm"))
                                .get("zoekterm"));
            }
            return "inburgeraars/zoeken";
        }
        model.addAttribute("bsn", bsn);
        try {
            model.addAttribute("resultaten", beheer.zoekOpBsn(Bsn.van(bsn)));
        } catch (OngeldigeInvoer ongeldig) {
            model.addAttribute(
                    "bsnFout",
                    formulierfouten
                            .perVeld(ongeldig.fouten(), Formuliervelden.alles("bsn"))
                            .get("bsn"));
        }
        return "inburgeraars/zoeken";
    }

    @GetMapping("/nieuw")
    String nieuw(Model model) {
        return formulier(model, InburgeraarFormulier.leeg(), null);
    }

    @PostMapping("/nieuw")
    String registreer(
            @ModelAttribute("formulier") InburgeraarFormulier formulier,
            Model model,
            RedirectAttributes vervolg,
            HttpServletResponse antwoord) {
        return poging(model, antwoord)
                .verwerk(
                        () -> {
                            Inburgeraar nieuw = beheer.registreer(formulier.gegevens(Vandaag.datum(klok)));
                            vervolg.addFlashAttribute("melding", "melding.geregistreerd");
                            return "redirect:/inburgeraars/" + nieuw.id();
                        },
                        () -> formulier(model, formulier, null));
    }

    /** Exactly one {@code raadpleeg} per view: each call writes one line in the processing log. */
    @GetMapping("/{id}")
    String detail(@PathVariable UUID id, Model model) {
        Inburgeraar inburgeraar = beheer.raadpleeg(id);
        model.addAttribute("inburgeraar", inburgeraar);
        // R2.8: once the first PIP is vastgesteld the block says whether that was on time, never "verlopen".
        inburgeraar
                .uiterlijkeDatumVaststellingPip()
                .ifPresent(uiterlijk -> inburgeraar
                        .dagtekeningEerstePip()
                        .ifPresentOrElse(
                                dagtekening -> {
                                    model.addAttribute("pipVastgesteldOp", dagtekening);
                                    model.addAttribute(
                                            "dagenTeLaat",
                                            Math.max(0, ChronoUnit.DAYS.between(uiterlijk, dagtekening)));
                                },
                                () -> model.addAttribute(
                                        "dagenResterend", ChronoUnit.DAYS.between(Vandaag.datum(klok), uiterlijk))));
        model.addAttribute("acties", InburgeraarActies.huidige());
        return "inburgeraars/detail";
    }

    /** R1.11: the closing form; it says what closing does before anything happens (the confirmation step). */
    @GetMapping("/{id}/afsluiten")
    String afsluitformulier(@PathVariable UUID id, Model model) {
        return afsluiten(beheer.raadpleeg(id), model, null, null, "");
    }

    /** R1.11: closes the file with a reason, the day and an explanation; field errors come back on the form. */
    @PostMapping("/{id}/afsluiten")
    String sluitAf(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable Afsluitreden reden,
            @RequestParam(required = false) @Nullable LocalDate datum,
            @RequestParam(defaultValue = "") String toelichting,
            @RequestParam long versie,
            Model model,
            RedirectAttributes vervolg,
            HttpServletResponse antwoord) {
        return formulierfouten
                .bij(model, antwoord, Formuliervelden.zelfde().inVolgorde(List.of("reden", "datum", "toelichting")))
                .metConflict()
                .verwerk(
                        () -> {
                            List<Veldfout> ontbreekt = new ArrayList<>();
                            if (reden == null) {
                                ontbreekt.add(new Veldfout("reden", "R1.11", "Kies de reden van afsluiten."));
                            }
                            if (datum == null) {
                                ontbreekt.add(new Veldfout(
                                        "datum", "R1.11", "Vul de datum in waarop de plicht of het dossier eindigde."));
                            }
                            if (!ontbreekt.isEmpty()) {
                                throw new OngeldigeInvoer(ontbreekt);
                            }
                            // refused above when missing
                            beheer.sluitAf(
                                    id,
                                    versie,
                                    Objects.requireNonNull(reden),
                                    Objects.requireNonNull(datum),
                                    toelichting);
                            vervolg.addFlashAttribute("melding", "afsluiting.melding.afgesloten");
                            return "redirect:/inburgeraars/" + id;
                        },
                        () -> afsluiten(beheer.raadpleeg(id), model, reden, datum, toelichting));
    }

    private static String afsluiten(
            Inburgeraar inburgeraar,
            Model model,
            @Nullable Afsluitreden reden,
            @Nullable LocalDate datum,
            String toelichting) {
        model.addAttribute("inburgeraar", inburgeraar);
        model.addAttribute("redenen", Afsluitreden.values());
        model.addAttribute("reden", reden == null ? "" : reden.name());
        model.addAttribute("datum", datum);
        model.addAttribute("toelichting", toelichting);
        return "inburgeraars/afsluiten";
    }

    /** R1.11: the reopening form of a closed file. */
    @GetMapping("/{id}/heropenen")
    String heropenformulier(@PathVariable UUID id, Model model) {
        model.addAttribute("inburgeraar", beheer.raadpleeg(id));
        model.addAttribute("toelichting", "");
        return "inburgeraars/heropenen";
    }

    /** R1.11: reopens the file with a reason; its signals and worklist lines come back. */
    @PostMapping("/{id}/heropenen")
    String heropen(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String toelichting,
            @RequestParam long versie,
            Model model,
            RedirectAttributes vervolg,
            HttpServletResponse antwoord) {
        return formulierfouten
                .bij(model, antwoord, Formuliervelden.alles("toelichting"))
                .metConflict()
                .verwerk(
                        () -> {
                            beheer.heropen(id, versie, toelichting);
                            vervolg.addFlashAttribute("melding", "afsluiting.melding.heropend");
                            return "redirect:/inburgeraars/" + id;
                        },
                        () -> {
                            model.addAttribute("inburgeraar", beheer.raadpleeg(id));
                            model.addAttribute("toelichting", toelichting);
                            return "inburgeraars/heropenen";
                        });
    }

    @GetMapping("/{id}/bewerken")
    String bewerken(@PathVariable UUID id, Model model) {
        Inburgeraar inburgeraar = beheer.raadpleeg(id);
        return formulier(model, InburgeraarFormulier.van(inburgeraar), inburgeraar);
    }

    /**
     * A stale version is refused by the domain; the form comes back with the user's own input and the
     * conflict message, so nothing is lost and nothing of the other person is overwritten.
     */
    @PostMapping("/{id}/bewerken")
    String wijzig(
            @PathVariable UUID id,
            @ModelAttribute("formulier") InburgeraarFormulier formulier,
            Model model,
            RedirectAttributes vervolg,
            HttpServletResponse antwoord) {
        return poging(model, antwoord)
                .verwerk(
                        () -> {
                            if (formulier.versie() == null) {
                                throw new OngeldigeInvoer(
                                        new Veldfout("versie", "verplicht", "De versie van het dossier ontbreekt."));
                            }
                            beheer.wijzig(
                                    id,
                                    formulier.versie(),
                                    formulier.gegevens(Vandaag.datum(klok)),
                                    formulier.redenWijzigingStartTermijn());
                            vervolg.addFlashAttribute("melding", "melding.gewijzigd");
                            return "redirect:/inburgeraars/" + id;
                        },
                        () -> {
                            model.addAttribute("id", id);
                            return "inburgeraars/formulier";
                        });
    }

    private static String formulier(Model model, InburgeraarFormulier formulier, @Nullable Inburgeraar bestaand) {
        model.addAttribute("formulier", formulier);
        if (bestaand != null) {
            model.addAttribute("id", bestaand.id());
            model.addAttribute("naam", bestaand.volledigeNaam());
        }
        return "inburgeraars/formulier";
    }

    /** A duplicate BSN belongs next to the BSN field; any other conflict (a stale edit) above the form. */
    private Formulierpoging poging(Model model, HttpServletResponse antwoord) {
        return formulierfouten
                .bij(model, antwoord, Formuliervelden.zelfde().inVolgorde(InburgeraarFormulier.VELDEN))
                .metConflictBijVeld("bsn.bestaat", "bsn");
    }
}
