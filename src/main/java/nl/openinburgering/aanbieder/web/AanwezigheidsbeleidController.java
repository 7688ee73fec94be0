package nl.openinburgering.aanbieder.web;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.openinburgering.aanbieder.UrenOverzicht;
import nl.openinburgering.shared.OngeldigeInvoer;

/**
 * The functioneel beheerder's page for the gemeente's attendance threshold: below it, over four weeks, the
 * consulent gets a VERZUIM signal. Municipal policy, so configurable (default 80%).
 */
@Controller
@RequestMapping("/beheer/aanwezigheid")
class AanwezigheidsbeleidController {

    private final UrenOverzicht overzicht;

    AanwezigheidsbeleidController(UrenOverzicht overzicht) {
        this.overzicht = overzicht;
    }

    @GetMapping
    String toon(Model model) {
        if (!model.containsAttribute("drempel")) {
            model.addAttribute("drempel", overzicht.drempel());
        }
        return "beheer/aanwezigheid";
    }

    @PostMapping
    String sla(
            @RequestParam(name = "aanwezigheidsdrempel", required = false) @Nullable String drempel,
            Model model,
            RedirectAttributes doorgeven) {
        try {
            overzicht.stelDrempelIn(Integer.parseInt(drempel == null ? "" : drempel.strip()));
        } catch (NumberFormatException | OngeldigeInvoer fout) {
            model.addAttribute("drempel", drempel);
            model.addAttribute(
                    "fouten", Map.of("aanwezigheidsdrempel", "Vul een heel percentage van 1 tot en met 100 in."));
            return "beheer/aanwezigheid";
        }
        doorgeven.addFlashAttribute("melding", "aanbieder.beleid.opgeslagen");
        return "redirect:/beheer/aanwezigheid";
    }
}
