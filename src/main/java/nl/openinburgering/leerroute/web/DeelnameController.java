package nl.openinburgering.leerroute.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

import nl.openinburgering.aanbieder.AanbiederRegister;
import nl.openinburgering.aanbieder.Deelname;
import nl.openinburgering.aanbieder.DeelnameBeheer;
import nl.openinburgering.aanbieder.Deelnamesoort;
import nl.openinburgering.aanbieder.NieuweDeelname;
import nl.openinburgering.inburgeraar.Inburgeraar;
import nl.openinburgering.inburgeraar.InburgeraarBeheer;
import nl.openinburgering.leerroute.DeelnameActies;
import nl.openinburgering.leerroute.Inschrijfaanbod;
import nl.openinburgering.pip.Pip;
import nl.openinburgering.pip.PipBeheer;
import nl.openinburgering.platform.web.Formulierfouten;
import nl.openinburgering.platform.web.Formuliervelden;
import nl.openinburgering.shared.Leerroute;
import nl.openinburgering.shared.OngeldigeInvoer;
import nl.openinburgering.shared.Veldfout;

/**
 * The enrolment screen of a person's file: the deelnames so far, and for the consulent the form to enrol the
 * person at a provider the gemeente contracts, offering only the providers and kinds that fit the person's
 * leerroute ({@link Inschrijfaanbod}). Rules stay in the domain (D8, the kind, the dates); their findings reach
 * the form through the shared adapter.
 */
@Controller
@RequestMapping("/inburgeraars/{id}/deelnames")
class DeelnameController {

    static final List<String> VELDEN = List.of("aanbiederId", "soort", "startdatum", "einddatum");
    private static final Formuliervelden FORMULIERVELDEN =
            Formuliervelden.zelfde().inVolgorde(VELDEN);

    private final InburgeraarBeheer inburgeraars;
    private final PipBeheer pips;
    private final DeelnameBeheer deelnames;
    private final AanbiederRegister aanbieders;
    private final Formulierfouten formulierfouten;

    DeelnameController(
            InburgeraarBeheer inburgeraars,
            PipBeheer pips,
            DeelnameBeheer deelnames,
            AanbiederRegister aanbieders,
            Formulierfouten formulierfouten) {
        this.inburgeraars = inburgeraars;
        this.pips = pips;
        this.deelnames = deelnames;
        this.aanbieders = aanbieders;
        this.formulierfouten = formulierfouten;
    }

    @GetMapping
    String scherm(@PathVariable UUID id, Model model) {
        return vul(id, model, Map.of());
    }

    /** Enrols the person; after it the screen confirms with whom, and the new deelname is in the list. */
    @PostMapping
    String inschrijven(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String aanbiederId,
            @RequestParam(defaultValue = "") String soort,
            @RequestParam(defaultValue = "") String startdatum,
            @RequestParam(defaultValue = "") String einddatum,
            Model model,
            RedirectAttributes vervolg,
            HttpServletResponse antwoord) {
        Map<String, String> invoer =
                Map.of("aanbiederId", aanbiederId, "soort", soort, "startdatum", startdatum, "einddatum", einddatum);
        return formulierfouten
                .bij(model, antwoord, FORMULIERVELDEN)
                .verwerk(
                        () -> {
                            Deelname deelname = deelnames.inschrijven(
                                    id,
                                    new NieuweDeelname(
                                            uuid(aanbiederId),
                                            soort(soort),
                                            datum("startdatum", startdatum),
                                            datum("einddatum", einddatum)));
                            vervolg.addFlashAttribute("melding", "deelname.melding.ingeschreven");
                            vervolg.addFlashAttribute("meldingArgumenten", new Object[] {deelname.aanbiederNaam()});
                            return "redirect:/inburgeraars/" + id + "/deelnames";
                        },
                        () -> vul(id, model, invoer));
    }

    private String vul(UUID id, Model model, Map<String, String> invoer) {
        Inburgeraar persoon = inburgeraars.raadpleeg(id);
        Leerroute route = pips.huidigeVastgesteld(id).map(Pip::leerroute).orElse(null);
        model.addAttribute("inburgeraar", persoon);
        model.addAttribute("leerroute", route);
        model.addAttribute("deelnames", deelnames.deelnames(id));
        model.addAttribute("aanbod", Inschrijfaanbod.voor(route, persoon.doelgroep(), aanbieders.gecontracteerd()));
        model.addAttribute("invoer", invoer);
        model.addAttribute("acties", DeelnameActies.huidige());
        return "leerroute/deelnames";
    }

    private static @Nullable UUID uuid(String tekst) {
        if (tekst.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(tekst.strip());
        } catch (IllegalArgumentException onleesbaar) {
            throw new OngeldigeInvoer(new Veldfout("aanbiederId", "verplicht", "Kies de aanbieder."));
        }
    }

    private static @Nullable Deelnamesoort soort(String tekst) {
        return Optional.of(tekst.strip())
                .filter(t -> !t.isEmpty())
                .map(t -> {
                    try {
                        return Deelnamesoort.valueOf(t);
                    } catch (IllegalArgumentException onbekend) {
                        throw new OngeldigeInvoer(new Veldfout("soort", "verplicht", "Kies de soort deelname."));
                    }
                })
                .orElse(null);
    }

    private static @Nullable LocalDate datum(String veld, String tekst) {
        if (tekst.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(tekst.strip());
        } catch (DateTimeParseException onleesbaar) {
            throw new OngeldigeInvoer(
                    new Veldfout(veld, "datum.formaat", "Vul een geldige datum in, zoals 2026-03-01."));
        }
    }
}
