package nl.openinburgering.portaal.web;

import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import nl.openinburgering.portaal.Postvak;
import nl.openinburgering.portaal.internal.Meldingen;

/**
 * The functioneel beheerder's page of the portal's e-mail notifications: what went out for the own gemeente (no
 * addresses), and in the demo the mails the embedded mail server received, to see what a person gets (ADR 0012).
 */
@Controller
class MeldingenBeheerController {

    static final int AANTAL = 50;

    private final Meldingen meldingen;
    private final ObjectProvider<Postvak> postvak;

    MeldingenBeheerController(Meldingen meldingen, ObjectProvider<Postvak> postvak) {
        this.meldingen = meldingen;
        this.postvak = postvak;
    }

    @GetMapping("/beheer/meldingen")
    String toon(Model model) {
        model.addAttribute("meldingen", meldingen.recent(AANTAL));
        Optional<Postvak> demo = Optional.ofNullable(postvak.getIfAvailable());
        model.addAttribute("postvak", demo.isPresent());
        model.addAttribute(
                "ontvangen",
                demo.map(p -> p.ontvangen().stream().limit(AANTAL).toList()).orElse(List.of()));
        return "portaal/meldingen";
    }
}
