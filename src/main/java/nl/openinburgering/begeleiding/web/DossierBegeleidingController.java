package nl.openinburgering.begeleiding.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.openinburgering.begeleiding.Begeleiding;
import nl.openinburgering.begeleiding.BegeleidingActies;
import nl.openinburgering.begeleiding.BegeleidingBeheer;
import nl.openinburgering.inburgeraar.InburgeraarBeheer;
import nl.openinburgering.platform.web.Formulierfouten;
import nl.openinburgering.platform.web.Formuliervelden;
import nl.openinburgering.shared.Conflict;

/**
 * The maatschappelijke begeleiding in the person's file, for the consulent and teamleider: the traject, its
 * contact moments and the begeleider's closing summary; the consulent starts the traject here (R8.1, R8.4).
 */
@Controller
@RequestMapping("/inburgeraars/{id}/begeleiding")
class DossierBegeleidingController {

    private static final Formuliervelden STARTVELDEN = Formuliervelden.van(
                    Map.of("partner", "begeleidingPartner", "startdatum", "begeleidingStart"), "begeleidingPartner")
            .inVolgorde(List.of("begeleidingPartner", "begeleidingStart"));

    private final BegeleidingBeheer begeleiding;
    private final InburgeraarBeheer inburgeraars;
    private final Formulierfouten formulierfouten;

    DossierBegeleidingController(
            BegeleidingBeheer begeleiding, InburgeraarBeheer inburgeraars, Formulierfouten formulierfouten) {
        this.begeleiding = begeleiding;
        this.inburgeraars = inburgeraars;
        this.formulierfouten = formulierfouten;
    }

    @GetMapping
    String toon(@PathVariable UUID id, Model model) {
        Optional<Begeleiding> b = begeleiding.inDossier(id);
        model.addAttribute("inburgeraarId", id);
        model.addAttribute("naam", inburgeraars.geadresseerde(id).naam());
        model.addAttribute("begeleiding", b.orElse(null));
        model.addAttribute("partners", begeleiding.partners());
        model.addAttribute("duurMaanden", begeleiding.duurMaanden());
        model.addAttribute(
                "acties",
                BegeleidingActies.huidige(
                        b.isPresent(), b.map(x -> x.traject().afgesloten()).orElse(false)));
        return "begeleiding/dossier";
    }

    @PostMapping("/start")
    String start(
            @PathVariable UUID id,
            @RequestParam(name = "begeleidingPartner", required = false) @Nullable String partner,
            @RequestParam(name = "begeleidingStart", required = false) @Nullable String startdatum,
            Model model,
            RedirectAttributes vervolg,
            HttpServletResponse antwoord) {
        return formulierfouten
                .bij(model, antwoord, STARTVELDEN)
                .verwerk(
                        () -> {
                            begeleiding.start(id, Invoer.uuid(partner), Invoer.datum(startdatum, "startdatum"));
                            vervolg.addFlashAttribute("melding", "begeleiding.melding.gestart");
                            return "redirect:/inburgeraars/" + id + "/begeleiding";
                        },
                        () -> {
                            model.addAttribute("begeleidingPartner", partner);
                            model.addAttribute("begeleidingStart", startdatum);
                            return toon(id, model);
                        });
    }

    /** A second traject for the same person: the error page with 409. */
    @ExceptionHandler(Conflict.class)
    void conflict(HttpServletResponse antwoord) throws IOException {
        antwoord.sendError(HttpServletResponse.SC_CONFLICT);
    }
}
