package nl.openinburgering.inburgeraar.web;

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

import nl.openinburgering.inburgeraar.Inburgeraar;
import nl.openinburgering.inburgeraar.InburgeraarActies;
import nl.openinburgering.inburgeraar.InburgeraarBeheer;
import nl.openinburgering.platform.web.Formulierfouten;
import nl.openinburgering.platform.web.Formuliervelden;
import nl.openinburgering.platform.web.Volgendestap;

/**
 * R2.8 in the person's file: the information the gemeente asked from third parties before it can fix the PIP, the
 * consulent's form for a new request and, per open request, the date the information arrived. The deadline for
 * the PIP is derived from them by the domain, never typed in.
 */
@Controller
@RequestMapping("/inburgeraars/{id}/informatieverzoeken")
class InformatieverzoekController {

    private static final Formuliervelden VELDEN = Formuliervelden.van(
                    Map.of(
                            "derde", "informatieDerde",
                            "omschrijving", "informatieOmschrijving",
                            "aangevraagdOp", "informatieAangevraagdOp"),
                    "informatieDerde")
            .inVolgorde(List.of("informatieDerde", "informatieOmschrijving", "informatieAangevraagdOp"));

    private final InburgeraarBeheer inburgeraars;
    private final Formulierfouten formulierfouten;

    InformatieverzoekController(InburgeraarBeheer inburgeraars, Formulierfouten formulierfouten) {
        this.inburgeraars = inburgeraars;
        this.formulierfouten = formulierfouten;
    }

    /** The file's read, logged by the facade. */
    @GetMapping
    String toon(@PathVariable UUID id, Model model) {
        Inburgeraar inburgeraar = inburgeraars.raadpleeg(id);
        model.addAttribute("inburgeraarId", id);
        model.addAttribute("naam", inburgeraar.volledigeNaam());
        model.addAttribute("verzoeken", inburgeraar.informatieverzoeken());
        model.addAttribute("termijn", inburgeraar.termijnVaststellingPip().orElse(null));
        model.addAttribute("acties", InburgeraarActies.huidige());
        return "inburgeraars/informatieverzoeken";
    }

    @PostMapping
    String vraag(
            @PathVariable UUID id,
            @RequestParam(name = "informatieDerde", required = false) @Nullable String derde,
            @RequestParam(name = "informatieOmschrijving", required = false) @Nullable String omschrijving,
            @RequestParam(name = "informatieAangevraagdOp", required = false) @Nullable String aangevraagdOp,
            Model model,
            RedirectAttributes vervolg,
            HttpServletResponse antwoord) {
        return formulierfouten
                .bij(model, antwoord, VELDEN)
                .verwerk(
                        () -> {
                            inburgeraars.vraagInformatie(
                                    id, derde, omschrijving, Formulierinvoer.datum("aangevraagdOp", aangevraagdOp));
                            vervolg.addFlashAttribute("melding", "informatieverzoek.melding.vastgelegd");
                            Volgendestap.na(vervolg, "/inburgeraars/" + id, "volgendeStap.dossier");
                            return "redirect:/inburgeraars/" + id + "/informatieverzoeken";
                        },
                        () -> {
                            model.addAttribute("informatieDerde", derde);
                            model.addAttribute("informatieOmschrijving", omschrijving);
                            model.addAttribute("informatieAangevraagdOp", aangevraagdOp);
                            return toon(id, model);
                        });
    }

    /** R2.8: the information arrived; the PIP must follow within two weeks, so the next step is the PIP. */
    @PostMapping("/{volgnummer}/ontvangst")
    String ontvangen(
            @PathVariable UUID id,
            @PathVariable int volgnummer,
            @RequestParam(name = "ontvangenOp", required = false) @Nullable String ontvangenOp,
            Model model,
            RedirectAttributes vervolg,
            HttpServletResponse antwoord) {
        String veld = "ontvangenOp-" + volgnummer;
        return formulierfouten
                .bij(model, antwoord, Formuliervelden.alles(veld))
                .verwerk(
                        () -> {
                            inburgeraars.informatieOntvangen(
                                    id, volgnummer, Formulierinvoer.datum("ontvangenOp", ontvangenOp));
                            vervolg.addFlashAttribute("melding", "informatieverzoek.melding.ontvangen");
                            vervolg.addFlashAttribute("meldingArgumenten", new Object[] {
                                inburgeraars.termijnfeiten(List.of(id)).stream()
                                        .flatMap(feiten -> feiten.termijnVaststellingPip().stream())
                                        .map(termijn -> Formulierinvoer.datumtekst(termijn.uiterlijkeDatum()))
                                        .findFirst()
                                        .orElse("—")
                            });
                            Volgendestap.na(vervolg, "/inburgeraars/" + id + "/pips", "volgendeStap.pipOpstellen");
                            return "redirect:/inburgeraars/" + id + "/informatieverzoeken";
                        },
                        () -> {
                            model.addAttribute("ontvangenVolgnummer", volgnummer);
                            model.addAttribute("ontvangenOp", ontvangenOp);
                            return toon(id, model);
                        });
    }
}
