package nl.openinburgering.pip.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.openinburgering.pip.PipBeheer;

/**
 * The functioneel beheerder's page for the gemeente's PIP policy: whether a teamleider who did not draft a
 * PIP must fix it (four eyes). Statute is not configurable; this is municipal policy, so it is.
 */
@Controller
@RequestMapping("/beheer/pip-beleid")
class PipBeleidController {

    private final PipBeheer pips;

    PipBeleidController(PipBeheer pips) {
        this.pips = pips;
    }

    @GetMapping
    String toon(Model model) {
        model.addAttribute("vierOgen", pips.vierOgenBeleid());
        return "beheer/pip-beleid";
    }

    @PostMapping
    String sla(
            @RequestParam(name = "vierOgen", defaultValue = "false") boolean vierOgen, RedirectAttributes doorgeven) {
        pips.stelVierOgenBeleidIn(vierOgen);
        doorgeven.addFlashAttribute("melding", vierOgen ? "pipBeleid.opgeslagen.aan" : "pipBeleid.opgeslagen.uit");
        return "redirect:/beheer/pip-beleid";
    }
}
