package nl.openinburgering.leerroute.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.openinburgering.aanbieder.Deelname;
import nl.openinburgering.aanbieder.DeelnameBeheer;
import nl.openinburgering.aanbieder.UrenOverzicht;
import nl.openinburgering.aanbieder.Urentotalen;
import nl.openinburgering.inburgeraar.Inburgeraar;
import nl.openinburgering.inburgeraar.InburgeraarBeheer;
import nl.openinburgering.leerroute.Examenresultaat;
import nl.openinburgering.leerroute.Examenstand;
import nl.openinburgering.leerroute.InburgeringsaanbodBeheer;
import nl.openinburgering.leerroute.LeerrouteActies;
import nl.openinburgering.leerroute.ResultatenBeheer;
import nl.openinburgering.leerroute.ZrouteAfronding;
import nl.openinburgering.leerroute.ZrouteBeheer;
import nl.openinburgering.pip.Pip;
import nl.openinburgering.pip.PipBeheer;
import nl.openinburgering.platform.web.Formulierfouten;
import nl.openinburgering.platform.web.Formuliervelden;
import nl.openinburgering.shared.Conflict;
import nl.openinburgering.shared.Leerroute;
import nl.openinburgering.shared.OngeldigeInvoer;
import nl.openinburgering.shared.Vandaag;
import nl.openinburgering.shared.Veldfout;

/**
 * The consulent's view of one person's leerroute: enrolments, hours against the targets, attendance, exams,
 * progress reports and the inburgeringsaanbod; and the eindgesprek that completes a Z-route, with its
 * certificate. Rules stay in the domain; this class shows their findings next to the field.
 */
@Controller
@RequestMapping("/inburgeraars/{id}/leerroute")
class LeerrouteController {

    /** A finding about the hours belongs to the date field: that is where the consulent acts. */
    private static final Formuliervelden AFRONDINGSVELDEN =
            Formuliervelden.van(Map.of("bevestigd", "bevestigd"), "datumEindgesprek");

    private final InburgeraarBeheer inburgeraars;
    private final PipBeheer pips;
    private final DeelnameBeheer deelnames;
    private final UrenOverzicht uren;
    private final ResultatenBeheer resultaten;
    private final InburgeringsaanbodBeheer aanbod;
    private final ZrouteBeheer zroutes;
    private final Certificaatbrief certificaten;
    private final Formulierfouten formulierfouten;
    private final Clock klok;

    LeerrouteController(
            InburgeraarBeheer inburgeraars,
            PipBeheer pips,
            DeelnameBeheer deelnames,
            UrenOverzicht uren,
            ResultatenBeheer resultaten,
            InburgeringsaanbodBeheer aanbod,
            ZrouteBeheer zroutes,
            Certificaatbrief certificaten,
            Formulierfouten formulierfouten,
            Clock klok) {
        this.inburgeraars = inburgeraars;
        this.pips = pips;
        this.deelnames = deelnames;
        this.uren = uren;
        this.resultaten = resultaten;
        this.aanbod = aanbod;
        this.zroutes = zroutes;
        this.certificaten = certificaten;
        this.formulierfouten = formulierfouten;
        this.klok = klok;
    }

    @GetMapping
    String overzicht(@PathVariable UUID id, Model model) {
        vul(id, model);
        return "leerroute/overzicht";
    }

    /** R4.4, R4.5: the eindgesprek completes the Z-route; a refusal is shown next to the field. */
    @PostMapping("/z-route-afronding")
    String afronden(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String datumEindgesprek,
            @RequestParam(required = false) @Nullable String bevestigd,
            Model model,
            RedirectAttributes vervolg,
            HttpServletResponse antwoord) {
        return formulierfouten
                .bij(model, antwoord, AFRONDINGSVELDEN)
                .metConflict()
                .verwerk(
                        () -> {
                            LocalDate datum = datum(datumEindgesprek);
                            if (bevestigd == null) {
                                throw new OngeldigeInvoer(
                                        new Veldfout(
                                                "bevestigd",
                                                "bevestiging.verplicht",
                                                "Bevestig dat het eindgesprek heeft plaatsgevonden. Afronden kan niet ongedaan worden gemaakt."));
                            }
                            zroutes.afronden(id, datum);
                            vervolg.addFlashAttribute("melding", "leerroute.melding.afgerond");
                            return "redirect:/inburgeraars/" + id + "/leerroute";
                        },
                        () -> {
                            model.addAttribute("datumEindgesprek", datumEindgesprek);
                            vul(id, model);
                            return "leerroute/overzicht";
                        });
    }

    /** R4.4: the certificate opens in the browser's PDF viewer; before the completion the 409 error page. */
    @GetMapping("/certificaat.pdf")
    ResponseEntity<byte[]> certificaat(@PathVariable UUID id) {
        return certificaten.pdf(id, true);
    }

    @ExceptionHandler(Conflict.class)
    void geenCertificaat(HttpServletResponse antwoord) throws IOException {
        antwoord.sendError(HttpServletResponse.SC_CONFLICT);
    }

    private void vul(UUID id, Model model) {
        Inburgeraar persoon = inburgeraars.raadpleeg(id);
        Optional<Pip> pip = pips.huidigeVastgesteld(id);
        Leerroute route = pip.map(Pip::leerroute).orElse(null);
        Urentotalen totalen = uren.raadpleegTotalen(id);
        Optional<ZrouteAfronding> afronding = zroutes.afronding(id);
        model.addAttribute("inburgeraar", persoon);
        model.addAttribute("leerroute", route);
        model.addAttribute("totalen", totalen);
        model.addAttribute(
                "doelen",
                Urendoel.voor(
                        route,
                        persoon.doelgroep(),
                        totalen,
                        zroutes.urenstand(id).maatschappelijkeBegeleiding()));
        model.addAttribute(
                "deelnamesPerId",
                deelnames.deelnames(id).stream().collect(Collectors.toMap(Deelname::id, Function.identity())));
        model.addAttribute("aanwezigheid", uren.aanwezigheid(id, Vandaag.datum(klok)));
        List<Examenresultaat> examens = resultaten.examens(id);
        model.addAttribute("examens", examens);
        // R4.1: the exams against the PIP's route and level
        model.addAttribute(
                "examenstand",
                pip.flatMap(p -> Examenstand.bereken(
                                p.leerroute(),
                                p.niveau(),
                                examens,
                                persoon.vrijgesteldeOnderdelen().stream()
                                        .map(Enum::name)
                                        .collect(Collectors.toSet())))
                        .orElse(null));
        model.addAttribute("rapportages", resultaten.voortgang(id));
        model.addAttribute("aanbod", aanbod.lijst(id));
        model.addAttribute("afronding", afronding.orElse(null));
        model.addAttribute("acties", LeerrouteActies.huidige(route, afronding.isPresent()));
    }

    private static @Nullable LocalDate datum(String tekst) {
        if (tekst.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(tekst.strip());
        } catch (DateTimeParseException onleesbaar) {
            throw new OngeldigeInvoer(
                    new Veldfout("datumEindgesprek", "datum.formaat", "Vul een geldige datum in, zoals 2027-05-20."));
        }
    }
}
