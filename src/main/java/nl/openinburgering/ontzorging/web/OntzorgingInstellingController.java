package nl.openinburgering.ontzorging.web;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.openinburgering.ontzorging.Debiteur;
import nl.openinburgering.ontzorging.OntzorgingInstelling;
import nl.openinburgering.platform.web.Formulierfouten;
import nl.openinburgering.platform.web.Formuliervelden;

/**
 * The functioneel beheerder sets the gemeente's own account, the debtor of the SEPA files of the payment runs
 * (R7.2): name, IBAN (mod 97) and BIC.
 */
@Controller
@RequestMapping("/beheer/ontzorging")
class OntzorgingInstellingController {

    private static final Formuliervelden VELDEN =
            Formuliervelden.zelfde().inVolgorde(List.of("debiteurNaam", "debiteurIban", "debiteurBic"));

    private final OntzorgingInstelling instelling;
    private final Formulierfouten formulierfouten;

    OntzorgingInstellingController(OntzorgingInstelling instelling, Formulierfouten formulierfouten) {
        this.instelling = instelling;
        this.formulierfouten = formulierfouten;
    }

    @GetMapping
    String toon(Model model) {
        Debiteur debiteur = instelling.debiteur().orElse(null);
        model.addAttribute("ingesteld", debiteur != null);
        model.addAttribute("debiteurNaam", debiteur == null ? "" : debiteur.naam());
        model.addAttribute(
                "debiteurIban", debiteur == null ? "" : debiteur.iban().leesbaar());
        model.addAttribute("debiteurBic", debiteur == null ? "" : debiteur.bic());
        return "ontzorging/instelling";
    }

    @PostMapping
    String sla(
            @RequestParam(name = "debiteurNaam", required = false) @Nullable String naam,
            @RequestParam(name = "debiteurIban", required = false) @Nullable String iban,
            @RequestParam(name = "debiteurBic", required = false) @Nullable String bic,
            Model model,
            RedirectAttributes vervolg,
            HttpServletResponse antwoord) {
        return formulierfouten
                .bij(model, antwoord, VELDEN)
                .verwerk(
                        () -> {
                            instelling.stelDebiteurIn(naam, iban, bic);
                            vervolg.addFlashAttribute("melding", "ontzorging.instelling.opgeslagen");
                            return "redirect:/beheer/ontzorging";
                        },
                        () -> {
                            model.addAttribute(
                                    "ingesteld", instelling.debiteur().isPresent());
                            model.addAttribute("debiteurNaam", naam);
                            model.addAttribute("debiteurIban", iban);
                            model.addAttribute("debiteurBic", bic);
                            return "ontzorging/instelling";
                        });
    }
}
