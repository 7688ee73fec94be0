package nl.openinburgering.rapportage.web;

import java.time.LocalDateTime;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import nl.openinburgering.rapportage.Landelijkrapport;
import nl.openinburgering.rapportage.RapportageBeheer;
import nl.openinburgering.shared.Vandaag;

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
        Landelijkrapport landelijk = rapportages.urenPerCohortLandelijk();
        model.addAttribute("landelijk", landelijk.cohorten());
        model.addAttribute("landelijkeStand", LocalDateTime.ofInstant(landelijk.berekendOp(), Vandaag.NEDERLAND));
        model.addAttribute("regio", rapportages.urenPerCohortRegio().orElse(null));
        return "rapportage/rapportages";
    }
}
