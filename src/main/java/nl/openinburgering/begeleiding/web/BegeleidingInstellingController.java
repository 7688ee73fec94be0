package nl.openinburgering.begeleiding.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
import nl.openinburgering.begeleiding.VerantwoordingBeheer;
import nl.openinburgering.platform.web.Formulierfouten;
import nl.openinburgering.platform.web.Formuliervelden;
import nl.openinburgering.shared.NietGevonden;
import nl.openinburgering.shared.OngeldigeInvoer;
import nl.openinburgering.shared.Veldfout;

/**
 * The functioneel beheerder's settings of the begeleiding: the gemeente's agreed duration (R8.4, default 12
 * months) and the subsidy per partner per year (R8.2).
 */
@Controller
@RequestMapping("/beheer/begeleiding")
class BegeleidingInstellingController {

    private static final Formuliervelden SUBSIDIEVELDEN = Formuliervelden.van(
                    Map.of(
                            "jaar", "subsidieJaar",
                            "bedrag", "subsidieBedrag",
                            "bedragPerTraject", "subsidiePerTraject"),
                    "subsidieBedrag")
            .inVolgorde(List.of("subsidieJaar", "subsidieBedrag", "subsidiePerTraject"));

    private final BegeleidingBeheer begeleiding;
    private final VerantwoordingBeheer verantwoording;
    private final Formulierfouten formulierfouten;

    BegeleidingInstellingController(
            BegeleidingBeheer begeleiding, VerantwoordingBeheer verantwoording, Formulierfouten formulierfouten) {
        this.begeleiding = begeleiding;
        this.verantwoording = verantwoording;
        this.formulierfouten = formulierfouten;
    }

    @GetMapping
    String toon(Model model) {
        if (!model.containsAttribute("duurMaanden")) {
            model.addAttribute("duurMaanden", begeleiding.duurMaanden());
        }
        model.addAttribute("partners", begeleiding.partners());
        return "begeleiding/instelling";
    }

    @PostMapping("/subsidie")
    String subsidie(
            @RequestParam(name = "subsidiePartner", required = false) @Nullable String partner,
            @RequestParam(name = "subsidieJaar", required = false) @Nullable String jaar,
            @RequestParam(name = "subsidieBedrag", required = false) @Nullable String bedrag,
            @RequestParam(name = "subsidiePerTraject", required = false) @Nullable String perTraject,
            Model model,
            RedirectAttributes vervolg,
            HttpServletResponse antwoord) {
        return formulierfouten
                .bij(model, antwoord, SUBSIDIEVELDEN)
                .verwerk(
                        () -> {
                            UUID id = Invoer.uuid(partner);
                            if (id == null) {
                                throw new NietGevonden("Begeleidingspartner");
                            }
                            BigDecimal j = Invoer.getal(jaar, "jaar");
                            verantwoording.stelSubsidieIn(
                                    id,
                                    j == null
                                            ? 0
                                            : j.max(BigDecimal.ZERO)
                                                    .min(BigDecimal.valueOf(9999))
                                                    .intValue(),
                                    Invoer.getal(bedrag, "bedrag"),
                                    Invoer.getal(perTraject, "bedragPerTraject"));
                            vervolg.addFlashAttribute("melding", "begeleiding.subsidie.opgeslagen");
                            return "redirect:/beheer/begeleiding";
                        },
                        () -> {
                            model.addAttribute("subsidiePartner", partner);
                            model.addAttribute("subsidieJaar", jaar);
                            model.addAttribute("subsidieBedrag", bedrag);
                            model.addAttribute("subsidiePerTraject", perTraject);
                            return toon(model);
                        });
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
