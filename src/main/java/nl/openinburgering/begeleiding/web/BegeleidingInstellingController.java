package nl.openinburgering.begeleiding.web;

import java.math.BigDecimal;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.openinburgering.begeleiding.BegeleidingBeheer;
import nl.openinburgering.platform.web.Formulierfouten;
import nl.openinburgering.platform.web.Formuliervelden;
import nl.openinburgering.shared.OngeldigeInvoer;
import nl.openinburgering.shared.Veldfout;

/** R8.4: the functioneel beheerder sets the gemeente's agreed duration of the begeleiding (default 12 months). */
@Controller
@RequestMapping("/beheer/begeleiding")
class BegeleidingInstellingController {

    private final BegeleidingBeheer begeleiding;
    private final Formulierfouten formulierfouten;

    BegeleidingInstellingController(BegeleidingBeheer begeleiding, Formulierfouten formulierfouten) {
        this.begeleiding = begeleiding;
        this.formulierfouten = formulierfouten;
    }

    @GetMapping
    String toon(Model model) {
        if (!model.containsAttribute("duurMaanden")) {
            model.addAttribute("duurMaanden", begeleiding.duurMaanden());
        }
        return "begeleiding/instelling";
    }

    @PostMapping
    String sla(
            @RequestParam(name = "duurMaanden", required = false) @Nullable String duur,
            Model model,
            RedirectAttributes vervolg,
            HttpServletResponse antwoord) {
        return formulierfouten
                .bij(model, antwoord, Formuliervelden.alles("duurMaanden"))
                .verwerk(
                        () -> {
                            begeleiding.stelDuurIn(maanden(duur));
                            vervolg.addFlashAttribute("melding", "begeleiding.instelling.opgeslagen");
                            return "redirect:/beheer/begeleiding";
                        },
                        () -> {
                            model.addAttribute("duurMaanden", duur);
                            return toon(model);
                        });
    }

    private static int maanden(@Nullable String duur) {
        BigDecimal getal = Invoer.getal(duur, "duurMaanden");
        if (getal == null || getal.stripTrailingZeros().scale() > 0) {
            throw new OngeldigeInvoer(
                    new Veldfout("duurMaanden", "R8.4", "Vul de afgesproken duur in hele maanden in."));
        }
        return getal.max(BigDecimal.ZERO).min(BigDecimal.valueOf(1000)).intValueExact();
    }
}
