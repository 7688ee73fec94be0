package nl.openinburgering.pvt.web;

import java.io.IOException;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.openinburgering.inburgeraar.InburgeraarBeheer;
import nl.openinburgering.platform.web.Formulierfouten;
import nl.openinburgering.platform.web.Formuliervelden;
import nl.openinburgering.pvt.PvtActies;
import nl.openinburgering.pvt.PvtBeheer;
import nl.openinburgering.pvt.PvtVoortgang;
import nl.openinburgering.shared.Conflict;
import nl.openinburgering.shared.Verwijtbaar;

/** A person's PVT: hours toward 12 (R5.2), the activity (R5.3), the deadline (R5.4), the signing and the certificate. */
@Controller
@RequestMapping("/inburgeraars/{id}/pvt")
class PvtController {

    private static final Formuliervelden ONDERTEKENINGVELDEN = Formuliervelden.van(
            Map.of("datum", "pvtOndertekeningDatum", "verwijtbaar", "pvtVerwijtbaar"), "pvtOndertekeningDatum");

    private final PvtBeheer pvt;
    private final InburgeraarBeheer inburgeraars;
    private final PvtBrieven brieven;
    private final Formulierfouten formulierfouten;

    PvtController(PvtBeheer pvt, InburgeraarBeheer inburgeraars, PvtBrieven brieven, Formulierfouten formulierfouten) {
        this.pvt = pvt;
        this.inburgeraars = inburgeraars;
        this.brieven = brieven;
        this.formulierfouten = formulierfouten;
    }

    @GetMapping
    String voortgang(@PathVariable UUID id, Model model) {
        model.addAttribute("inburgeraarId", id);
        model.addAttribute("naam", inburgeraars.geadresseerde(id).naam());
        PvtVoortgang voortgang = pvt.voortgang(id);
        model.addAttribute("voortgang", voortgang);
        model.addAttribute("acties", PvtActies.huidige(voortgang.ondertekening().isPresent()));
        model.addAttribute("verklaringstekst", pvt.verklaringstekst());
        return "pvt/voortgang";
    }

    @PostMapping("/ondertekening")
    String onderteken(
            @PathVariable UUID id,
            @RequestParam(name = "pvtOndertekeningDatum", required = false) @Nullable String datum,
            @RequestParam(name = "pvtVerwijtbaar", required = false) @Nullable String verwijtbaar,
            Model model,
            RedirectAttributes vervolg,
            HttpServletResponse antwoord) {
        return formulierfouten
                .bij(model, antwoord, ONDERTEKENINGVELDEN)
                .verwerk(
                        () -> {
                            pvt.onderteken(
                                    id,
                                    PlanningController.datum(datum),
                                    verwijtbaar == null || verwijtbaar.isBlank()
                                            ? null
                                            : Verwijtbaar.valueOf(verwijtbaar));
                            vervolg.addFlashAttribute("melding", "pvt.melding.ondertekend");
                            return "redirect:/inburgeraars/" + id + "/pvt";
                        },
                        () -> {
                            model.addAttribute("pvtOndertekeningDatum", datum);
                            return voortgang(id, model);
                        });
    }

    @GetMapping("/certificaat.pdf")
    ResponseEntity<byte[]> certificaat(@PathVariable UUID id) {
        return brieven.certificaat(id, true);
    }

    /** Before the signing there is no certificate: the error page with 409, as the API answers. */
    @ExceptionHandler(Conflict.class)
    void conflict(HttpServletResponse antwoord) throws IOException {
        antwoord.sendError(HttpServletResponse.SC_CONFLICT);
    }
}
