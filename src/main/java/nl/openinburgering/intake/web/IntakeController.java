package nl.openinburgering.intake.web;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.openinburgering.intake.Afspraaksoort;
import nl.openinburgering.intake.Bevindingen;
import nl.openinburgering.intake.Gesprek;
import nl.openinburgering.intake.Gesprekssoort;
import nl.openinburgering.intake.Hoofddoel;
import nl.openinburgering.intake.IntakeActies;
import nl.openinburgering.intake.IntakeBeheer;
import nl.openinburgering.intake.Intakedossier;
import nl.openinburgering.intake.LbtOntheffing;
import nl.openinburgering.intake.LbtResultaat;
import nl.openinburgering.intake.Leerbaarheidstoets;
import nl.openinburgering.intake.Opleidingsniveau;
import nl.openinburgering.intake.Overdracht;
import nl.openinburgering.intake.Overdrachtsscenario;
import nl.openinburgering.platform.web.Formulierfouten;
import nl.openinburgering.platform.web.Formuliervelden;
import nl.openinburgering.platform.web.Volgendestap;
import nl.openinburgering.shared.Leerroute;
import nl.openinburgering.shared.OngeldigeInvoer;
import nl.openinburgering.shared.Vandaag;
import nl.openinburgering.shared.Veldfout;

/**
 * The intake workspace: one page per person with a form per section. Each form posts, the page redirects back
 * with a message (POST-redirect-GET); a refused form comes back with the user's input and the reasons.
 */
@Controller
@RequestMapping("/inburgeraars/{id}/intake")
class IntakeController {

    private final IntakeBeheer beheer;
    private final Clock klok;
    private final Formulierfouten formulierfouten;

    IntakeController(IntakeBeheer beheer, Formulierfouten formulierfouten, Clock klok) {
        this.beheer = beheer;
        this.formulierfouten = formulierfouten;
        this.klok = klok;
    }

    /** Exactly one {@code raadpleeg} per view: each call writes lines in the processing log. */
    @GetMapping
    String werkruimte(@PathVariable UUID id, Model model) {
        Intakedossier dossier = beheer.raadpleeg(id);
        return pagina(model, dossier, IntakeFormulier.waarden(dossier));
    }

    /** The route advice alone, for htmx to refresh the section in place. */
    @GetMapping("/routeadvies")
    String routeadvies(@PathVariable UUID id, Model model) {
        model.addAttribute("dossier", beheer.raadpleeg(id));
        model.addAttribute("acties", IntakeActies.huidige());
        return "intake/werkruimte :: routeadvies";
    }

    @PostMapping("/overdracht")
    String overdracht(
            @PathVariable UUID id,
            @RequestParam Map<String, String> velden,
            Model model,
            RedirectAttributes vervolg,
            HttpServletResponse antwoord) {
        return verwerk(id, velden, Map.of(), "overdracht", "melding.intake.overdracht", model, vervolg, antwoord, f -> {
            Overdracht overdracht = f.maak(() -> Overdracht.op(
                    Vandaag.datum(klok),
                    f.datum("koppelingsdatum"),
                    f.tekst("azcLocatie"),
                    f.tekst("coaContactpersoon"),
                    f.tekst("coaTelefoon"),
                    f.tekst("coaEmail"),
                    f.keuze("scenario", Overdrachtsscenario.class)));
            beheer.legOverdrachtVast(id, versie(f), overdracht);
        });
    }

    @PostMapping("/gesprekken")
    String gesprek(
            @PathVariable UUID id,
            @RequestParam Map<String, String> velden,
            Model model,
            RedirectAttributes vervolg,
            HttpServletResponse antwoord) {
        return verwerk(
                id,
                velden,
                Map.of("soort", "gesprekSoort", "datum", "gesprekDatum"),
                "gesprekken",
                "melding.intake.gesprek",
                model,
                vervolg,
                antwoord,
                f -> {
                    var verslag = new Gesprek.Gespreksverslag(
                            f.keuze("gesprekSoort", Gesprekssoort.class),
                            f.datum("gesprekDatum"),
                            f.tekst("deelnemers"),
                            f.vinkje("tolk"),
                            f.tekst("tolkTaal"),
                            f.tekst("notities"));
                    f.geldig();
                    beheer.voegGesprekToe(id, verslag);
                });
    }

    @PostMapping("/bevindingen")
    String bevindingen(
            @PathVariable UUID id,
            @RequestParam Map<String, String> velden,
            Model model,
            RedirectAttributes vervolg,
            HttpServletResponse antwoord) {
        return verwerk(
                id, velden, Map.of(), "bevindingen", "melding.intake.bevindingen", model, vervolg, antwoord, f -> {
                    Bevindingen bevindingen = f.maak(() -> new Bevindingen(
                            f.tekst("onderwijs"),
                            f.keuze("opleidingsniveau", Opleidingsniveau.class),
                            f.tekst("werkervaring"),
                            f.tekst("gezondheid"),
                            f.tekst("persoonlijkeOmstandigheden"),
                            f.tekst("taalniveau"),
                            f.tekst("digitaleVaardigheden"),
                            f.tekst("diplomawaardering"),
                            f.tekst("financien"),
                            f.tekst("sociaalNetwerk"),
                            f.keuze("hoofddoel", Hoofddoel.class),
                            f.tekst("ontwikkelwensen"),
                            f.tekst("aandachtspunten")));
                    beheer.legBevindingenVast(id, versie(f), bevindingen);
                });
    }

    @PostMapping("/leerbaarheidstoets")
    String leerbaarheidstoets(
            @PathVariable UUID id,
            @RequestParam Map<String, String> velden,
            Model model,
            RedirectAttributes vervolg,
            HttpServletResponse antwoord) {
        return verwerk(
                id,
                velden,
                Map.of(),
                "leerbaarheidstoets",
                "melding.intake.leerbaarheidstoets",
                model,
                vervolg,
                antwoord,
                f -> {
                    Leerbaarheidstoets toets = f.maak(() -> Leerbaarheidstoets.op(
                            Vandaag.datum(klok),
                            f.datum("aanmeldingsdatum"),
                            f.keuze("resultaat", LbtResultaat.class),
                            f.score("behaaldeScore"),
                            f.score("benodigdeScore"),
                            f.keuze("ontheffing", LbtOntheffing.class),
                            f.tekst("ontheffingReden")));
                    beheer.legLeerbaarheidstoetsVast(id, versie(f), toets);
                });
    }

    @PostMapping("/niet-verschenen")
    String nietVerschenen(
            @PathVariable UUID id,
            @RequestParam Map<String, String> velden,
            Model model,
            RedirectAttributes vervolg,
            HttpServletResponse antwoord) {
        return verwerk(
                id,
                velden,
                Map.of("datum", "nietVerschenenDatum"),
                "niet-verschenen",
                "melding.intake.nietVerschenen",
                model,
                vervolg,
                antwoord,
                f -> {
                    var datum = f.datum("nietVerschenenDatum");
                    var afspraak = f.keuze("afspraak", Afspraaksoort.class);
                    f.geldig();
                    beheer.registreerNietVerschenen(
                            id, datum, afspraak, f.vinkje("geldigeReden"), f.tekst("toelichting"));
                });
    }

    @PostMapping("/routekeuze")
    String routekeuze(
            @PathVariable UUID id,
            @RequestParam Map<String, String> velden,
            Model model,
            RedirectAttributes vervolg,
            HttpServletResponse antwoord) {
        return verwerk(
                id,
                velden,
                Map.of("leerroute", "keuzeLeerroute", "reden", "keuzeReden"),
                "routekeuze",
                "melding.intake.routekeuze",
                model,
                vervolg,
                antwoord,
                f -> {
                    Leerroute route = f.keuze("keuzeLeerroute", Leerroute.class);
                    f.geldig();
                    beheer.kiesLeerroute(id, versie(f), route, f.tekst("keuzeReden"));
                });
    }

    private String verwerk(
            UUID id,
            Map<String, String> velden,
            Map<String, String> hernoem,
            String sectie,
            String melding,
            Model model,
            RedirectAttributes vervolg,
            HttpServletResponse antwoord,
            Consumer<IntakeFormulier> actie) {
        // The domain names some fields alike in two forms ("datum"); the page needs unique ids.
        return formulierfouten
                .bij(model, antwoord, Formuliervelden.hernoemd(hernoem))
                .metConflict()
                .verwerk(
                        () -> {
                            actie.accept(new IntakeFormulier(velden));
                            vervolg.addFlashAttribute("melding", melding);
                            if ("routekeuze".equals(sectie)) {
                                Volgendestap.na(vervolg, "/inburgeraars/" + id + "/pips", "volgendeStap.pipOpstellen");
                            }
                            return "redirect:/inburgeraars/" + id + "/intake#" + sectie;
                        },
                        () -> {
                            Intakedossier dossier = beheer.raadpleeg(id);
                            Map<String, String> waarden = new HashMap<>(IntakeFormulier.waarden(dossier));
                            velden.forEach((veld, waarde) -> {
                                if (!"versie".equals(veld) && !"_csrf".equals(veld)) {
                                    waarden.put(veld, waarde);
                                }
                            });
                            model.addAttribute("foutSectie", sectie);
                            return pagina(model, dossier, waarden);
                        });
    }

    private static long versie(IntakeFormulier formulier) {
        Long versie = formulier.versie();
        if (versie == null) {
            throw new OngeldigeInvoer(new Veldfout("versie", "verplicht", "De versie van de intake ontbreekt."));
        }
        return versie;
    }

    private static String pagina(Model model, Intakedossier dossier, Map<String, String> waarden) {
        model.addAttribute("dossier", dossier);
        model.addAttribute("waarden", waarden);
        model.addAttribute("acties", IntakeActies.huidige());
        model.addAttribute("scenarios", Overdrachtsscenario.values());
        model.addAttribute("gesprekssoorten", Gesprekssoort.values());
        model.addAttribute("opleidingsniveaus", Opleidingsniveau.values());
        model.addAttribute("hoofddoelen", Hoofddoel.values());
        model.addAttribute("resultaten", LbtResultaat.values());
        model.addAttribute("ontheffingen", LbtOntheffing.values());
        model.addAttribute("afspraaksoorten", Afspraaksoort.values());
        model.addAttribute("leerroutes", Leerroute.values());
        return "intake/werkruimte";
    }
}
