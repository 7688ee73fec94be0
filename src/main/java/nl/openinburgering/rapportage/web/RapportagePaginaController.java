package nl.openinburgering.rapportage.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import nl.openinburgering.rapportage.RapportageBeheer;

/**
 * The beleidsmedewerker's page: the report "uren per cohort" of the own gemeente and of all gemeenten
 * together (ADR 0007), as two tables rendered on the server. Totals only, so nothing is logged.
 */
@Controller
class RapportagePaginaController {

    private final RapportageBeheer rapportages;

    RapportagePaginaController(RapportageBeheer rapportages) {
        this.rapportages = rapportages;
    }

    @GetMapping("/rapportages")
    String toon(Model model) {
        model.addAttribute("gemeente", rapportages.urenPerCohort());
        model.addAttribute("landelijk", rapportages.urenPerCohortLandelijk());
        return "rapportage/rapportages";
    }
}
