package nl.openinburgering.rapportage.web;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.openinburgering.platform.web.Formulierfouten;
import nl.openinburgering.platform.web.Formuliervelden;
import nl.openinburgering.rapportage.RapportageBeheer;

/** Issue 17 point 5: the functioneel beheerder's setting "our gemeente shares its figures in region X". */
@Controller
class RegioController {

    private static final Formuliervelden VELDEN =
            Formuliervelden.van(Map.of("regio", "regio"), "regio").inVolgorde(List.of("regio"));

    private final RapportageBeheer rapportages;
    private final Formulierfouten formulierfouten;

    RegioController(RapportageBeheer rapportages, Formulierfouten formulierfouten) {
        this.rapportages = rapportages;
        this.formulierfouten = formulierfouten;
    }

    @GetMapping("/beheer/regio")
    String toon(Model model) {
        if (!model.containsAttribute("regio")) {
            model.addAttribute("regio", rapportages.regio().orElse(null));
        }
        return "rapportage/regio";
    }

    @PostMapping("/beheer/regio")
    String sla(
            @RequestParam(name = "regio", required = false) @Nullable String regio,
            Model model,
            RedirectAttributes vervolg,
            HttpServletResponse antwoord) {
        return formulierfouten
                .bij(model, antwoord, VELDEN)
                .verwerk(
                        () -> {
                            rapportages.deelInRegio(regio);
                            vervolg.addFlashAttribute("melding", "regio.melding.opgeslagen");
                            return "redirect:/beheer/regio";
                        },
                        () -> {
                            model.addAttribute("regio", regio);
                            return toon(model);
                        });
    }
}
