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
 * R3.6 in the person's file: the inburgeringstermijn (R3.4) with the extensions DUO granted, and the consulent's
 * form to register DUO's decision. An extension is DUO's decision, so the page shows each one as "van DUO" and
 * offers no way to change or remove it, as the DUO page does with DUO's facts.
 */
@Controller
@RequestMapping("/inburgeraars/{id}/termijnverlengingen")
class TermijnverlengingController {

    private static final Formuliervelden VELDEN = Formuliervelden.van(
                    Map.of(
                            "datumBesluit", "verlengingDatumBesluit",
                            "nieuweEinddatum", "verlengingNieuweEinddatum",
                            "reden", "verlengingReden"),
                    "verlengingNieuweEinddatum")
            .inVolgorde(List.of("verlengingDatumBesluit", "verlengingNieuweEinddatum", "verlengingReden"));

    private final InburgeraarBeheer inburgeraars;
    private final Formulierfouten formulierfouten;

    TermijnverlengingController(InburgeraarBeheer inburgeraars, Formulierfouten formulierfouten) {
        this.inburgeraars = inburgeraars;
        this.formulierfouten = formulierfouten;
    }

    /** The file's read, logged by the facade. */
    @GetMapping
    String toon(@PathVariable UUID id, Model model) {
        Inburgeraar inburgeraar = inburgeraars.raadpleeg(id);
        model.addAttribute("inburgeraarId", id);
        model.addAttribute("naam", inburgeraar.volledigeNaam());
        model.addAttribute("termijn", inburgeraar.inburgeringstermijn().orElse(null));
        model.addAttribute("verlengingen", inburgeraar.termijnverlengingen());
        model.addAttribute("acties", InburgeraarActies.huidige());
        return "inburgeraars/termijnverlengingen";
    }

    /** R3.6: registers DUO's decision; the domain refuses an end that does not lie after the current one. */
    @PostMapping
    String registreer(
            @PathVariable UUID id,
            @RequestParam(name = "verlengingDatumBesluit", required = false) @Nullable String datumBesluit,
            @RequestParam(name = "verlengingNieuweEinddatum", required = false) @Nullable String nieuweEinddatum,
            @RequestParam(name = "verlengingReden", required = false) @Nullable String reden,
            Model model,
            RedirectAttributes vervolg,
            HttpServletResponse antwoord) {
        return formulierfouten
                .bij(model, antwoord, VELDEN)
                .verwerk(
                        () -> {
                            inburgeraars.registreerVerlenging(
                                    id,
                                    Formulierinvoer.datum("datumBesluit", datumBesluit),
                                    Formulierinvoer.datum("nieuweEinddatum", nieuweEinddatum),
                                    reden);
                            vervolg.addFlashAttribute("melding", "termijnverlenging.melding.geregistreerd");
                            Volgendestap.na(vervolg, "/inburgeraars/" + id + "/pips", "volgendeStap.pipBekijken");
                            return "redirect:/inburgeraars/" + id + "/termijnverlengingen";
                        },
                        () -> {
                            model.addAttribute("verlengingDatumBesluit", datumBesluit);
                            model.addAttribute("verlengingNieuweEinddatum", nieuweEinddatum);
                            model.addAttribute("verlengingReden", reden);
                            return toon(id, model);
                        });
    }
}
