package nl.openinburgering.platform.web;

import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.SessionAttribute;

import nl.openinburgering.platform.HuidigeGebruiker;
import nl.openinburgering.platform.Rol;

/** The pages around the work itself: login, the start page and the accessibility statement. */
@Controller
class StartController {

    private final ObjectProvider<Startblok> blokken;
    private final Environment omgeving;

    StartController(ObjectProvider<Startblok> blokken, Environment omgeving) {
        this.blokken = blokken;
        this.omgeving = omgeving;
    }

    /** "Mijn werk": the lists the modules contribute for the user's role, then the task links. */
    @GetMapping("/")
    String start(Model model) {
        if (HuidigeGebruiker.huidige().map(g -> g.rol() == Rol.INBURGERAAR).orElse(false)) {
            return "redirect:/mijn"; // the inburgeraar's own start is the portal
        }
        model.addAttribute(
                "taken",
                HuidigeGebruiker.huidige().map(g -> Starttaken.voor(g.rol())).orElse(List.of()));
        model.addAttribute(
                "lijsten",
                HuidigeGebruiker.huidige()
                        .map(g -> blokken.orderedStream()
                                .flatMap(blok -> blok.voor(g).stream())
                                .toList())
                        .orElse(List.of()));
        return "start";
    }

    /**
     * Spring Security sends a failed login back here with {@code ?error} and leaves the reason in the
     * session; a locked account gets its own message, so the user knows that waiting helps and retrying does not.
     */
    @GetMapping("/login")
    String login(
            @RequestParam(required = false) String error,
            @RequestParam(required = false) String uitgelogd,
            @SessionAttribute(name = WebAttributes.AUTHENTICATION_EXCEPTION, required = false) Object reden,
            Model model) {
        if (error != null) {
            model.addAttribute("loginFout", reden instanceof LockedException ? "login.geblokkeerd" : "login.onjuist");
        }
        model.addAttribute("uitgelogd", uitgelogd != null);
        // The login is also the inburgeraar's door to the portal: offer its languages (Arabic too), and in the
        // demo profile say clearly which demo accounts exist.
        model.addAttribute("portaal", true);
        model.addAttribute("demoInlog", !omgeving.matchesProfiles("productie"));
        return "login";
    }

    /** The statement is the legally required Dutch text, so the page says it is Dutch in any locale. */
    @GetMapping("/toegankelijkheid")
    String toegankelijkheid(Model model) {
        model.addAttribute("paginataal", "nl");
        return "toegankelijkheid";
    }
}
