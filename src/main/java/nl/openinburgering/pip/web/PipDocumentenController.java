package nl.openinburgering.pip.web;

import java.io.IOException;
import java.time.LocalDateTime;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import nl.openinburgering.inburgeraar.InburgeraarBeheer;
import nl.openinburgering.pip.PipBeheer;
import nl.openinburgering.pip.PipVerschillen;
import nl.openinburgering.shared.Conflict;
import nl.openinburgering.shared.Vandaag;

/** The UI's beschikking letter (opens in the browser's PDF viewer) and the page comparing two PIP versions. */
@Controller
@RequestMapping("/inburgeraars/{inburgeraarId}/pips/{pipId}")
class PipDocumentenController {

    private final Beschikkingsbrief brieven;
    private final PipBeheer beheer;
    private final InburgeraarBeheer inburgeraars;

    PipDocumentenController(Beschikkingsbrief brieven, PipBeheer beheer, InburgeraarBeheer inburgeraars) {
        this.brieven = brieven;
        this.beheer = beheer;
        this.inburgeraars = inburgeraars;
    }

    /** R3.2: the same letter as the API's; a concept gives the 409 error page. */
    @GetMapping("/beschikking.pdf")
    ResponseEntity<byte[]> beschikking(@PathVariable UUID inburgeraarId, @PathVariable UUID pipId) {
        return PipDocumentenApiController.pdf(brieven.maak(inburgeraarId, pipId), true);
    }

    /** A draft has no letter yet: the error page with 409, as the API answers. */
    @ExceptionHandler(Conflict.class)
    void geenBeschikking(HttpServletResponse antwoord) throws IOException {
        antwoord.sendError(HttpServletResponse.SC_CONFLICT);
    }

    @GetMapping("/verschillen")
    String verschillen(
            @PathVariable UUID inburgeraarId, @PathVariable UUID pipId, @RequestParam UUID met, Model model) {
        PipVerschillen vergelijking = beheer.verschillen(inburgeraarId, pipId, met);
        model.addAttribute("vergelijking", vergelijking);
        model.addAttribute("oudOp", LocalDateTime.ofInstant(vergelijking.oud().opgesteldOp(), Vandaag.NEDERLAND));
        model.addAttribute(
                "nieuwOp", LocalDateTime.ofInstant(vergelijking.nieuw().opgesteldOp(), Vandaag.NEDERLAND));
        model.addAttribute("naam", inburgeraars.geadresseerde(inburgeraarId).naam());
        model.addAttribute("inburgeraarId", inburgeraarId);
        return "pips/verschillen";
    }
}
