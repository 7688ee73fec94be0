package nl.openinburgering.pvt.web;

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

import nl.openinburgering.platform.web.Formulierfouten;
import nl.openinburgering.platform.web.Formuliervelden;
import nl.openinburgering.pvt.Onderdeel;
import nl.openinburgering.pvt.PvtBeheer;
import nl.openinburgering.shared.NietGevonden;

/**
 * The gemeente's PVT programme (D2, policy) and the text of the participatieverklaring (R5.1), kept by the
 * functioneel beheerder or the teamleider. Removing a part asks for confirmation first.
 */
@Controller
@RequestMapping("/beheer/pvt-programma")
class PvtProgrammaController {

    private static final Formuliervelden ONDERDEELVELDEN =
            Formuliervelden.van(Map.of("naam", "pvtOnderdeelNaam", "uren", "pvtOnderdeelUren"), "pvtOnderdeelNaam");

    private final PvtBeheer pvt;
    private final Formulierfouten formulierfouten;

    PvtProgrammaController(PvtBeheer pvt, Formulierfouten formulierfouten) {
        this.pvt = pvt;
        this.formulierfouten = formulierfouten;
    }

    @GetMapping
    String toon(Model model) {
        model.addAttribute("onderdelen", pvt.programma());
        model.addAttribute("pvtVerklaringstekst", pvt.verklaringstekst());
        return "beheer/pvt-programma";
    }

    @PostMapping("/onderdelen")
    String voegToe(
            @RequestParam(name = "pvtOnderdeelNaam", required = false) @Nullable String naam,
            @RequestParam(name = "pvtOnderdeelUren", required = false) @Nullable String uren,
            @RequestParam(name = "pvtOnderdeelActiviteit", defaultValue = "false") boolean activiteit,
            Model model,
            RedirectAttributes vervolg,
            HttpServletResponse antwoord) {
        return formulierfouten
                .bij(model, antwoord, ONDERDEELVELDEN)
                .verwerk(
                        () -> {
                            pvt.voegOnderdeelToe(naam, PlanningController.uren(uren), activiteit);
                            vervolg.addFlashAttribute("melding", "pvt.programma.toegevoegd");
                            return "redirect:/beheer/pvt-programma";
                        },
                        () -> {
                            model.addAttribute("pvtOnderdeelNaam", naam);
                            model.addAttribute("pvtOnderdeelUren", uren);
                            return toon(model);
                        });
    }

    @GetMapping("/onderdelen/{onderdeelId}/verwijderen")
    String bevestig(@PathVariable UUID onderdeelId, Model model) {
        Onderdeel onderdeel = pvt.programma().stream()
                .filter(o -> onderdeelId.equals(o.id()))
                .findFirst()
                .orElseThrow(() -> new NietGevonden("Onderdeel"));
        model.addAttribute("onderdeel", onderdeel);
        return "beheer/pvt-programma-verwijderen";
    }

    @PostMapping("/onderdelen/{onderdeelId}/verwijderen")
    String verwijder(@PathVariable UUID onderdeelId, RedirectAttributes vervolg) {
        pvt.verwijderOnderdeel(onderdeelId);
        vervolg.addFlashAttribute("melding", "pvt.programma.verwijderd");
        return "redirect:/beheer/pvt-programma";
    }
}
