package nl.openinburgering.map.web;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.openinburgering.map.MapBeheer;
import nl.openinburgering.platform.web.Formulierfouten;
import nl.openinburgering.platform.web.Formuliervelden;

/** D4: the functioneel beheerder sets the gemeente's MAP budget per participant (policy, about € 150). */
@Controller
@RequestMapping("/beheer/map-budget")
class MapBudgetController {

    private final MapBeheer map;
    private final Formulierfouten formulierfouten;

    MapBudgetController(MapBeheer map, Formulierfouten formulierfouten) {
        this.map = map;
        this.formulierfouten = formulierfouten;
    }

    @GetMapping
    String toon(Model model) {
        if (!model.containsAttribute("mapBudget")) {
            model.addAttribute("mapBudget", map.budget().toPlainString());
        }
        return "beheer/map-budget";
    }

    @PostMapping
    String sla(
            @RequestParam(name = "mapBudget", required = false) @Nullable String budget,
            Model model,
            RedirectAttributes vervolg,
            HttpServletResponse antwoord) {
        return formulierfouten
                .bij(model, antwoord, Formuliervelden.alles("mapBudget"))
                .verwerk(
                        () -> {
                            map.stelBudgetIn(MapController.bedrag(budget, "budget"));
                            vervolg.addFlashAttribute("melding", "map.budget.opgeslagen");
                            return "redirect:/beheer/map-budget";
                        },
                        () -> {
                            model.addAttribute("mapBudget", budget);
                            return toon(model);
                        });
    }
}
