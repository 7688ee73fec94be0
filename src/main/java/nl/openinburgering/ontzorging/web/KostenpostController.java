package nl.openinburgering.ontzorging.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.openinburgering.inburgeraar.InburgeraarBeheer;
import nl.openinburgering.ontzorging.Bedrag;
import nl.openinburgering.ontzorging.Kostenpost;
import nl.openinburgering.ontzorging.OntzorgingBeheer;
import nl.openinburgering.platform.web.Formulierfouten;
import nl.openinburgering.platform.web.Formuliervelden;
import nl.openinburgering.shared.OngeldigeInvoer;
import nl.openinburgering.shared.Veldfout;

/**
 * The consulent changes one cost item (R7.2) on its own form: creditor, IBAN, reference, monthly amount and months.
 * The form carries the version it showed; when someone else saved the item in between, the change is refused (409)
 * and the form comes back with the consulent's own input, so nothing is lost and nothing is overwritten. The page
 * tells when the item was already paid: a change of the amount or the months is then a correction in the next run.
 */
@Controller
@RequestMapping("/inburgeraars/{id}/ontzorging/kostenposten/{postId}")
class KostenpostController {

    private static final List<String> VOLGORDE =
            List.of("ozCrediteurNaam", "ozIban", "ozKenmerk", "ozBedrag", "ozStartmaand", "ozEindmaand");

    private final OntzorgingBeheer beheer;
    private final InburgeraarBeheer inburgeraars;
    private final Formulierfouten formulierfouten;

    KostenpostController(OntzorgingBeheer beheer, InburgeraarBeheer inburgeraars, Formulierfouten formulierfouten) {
        this.beheer = beheer;
        this.inburgeraars = inburgeraars;
        this.formulierfouten = formulierfouten;
    }

    @GetMapping
    String formulier(@PathVariable UUID id, @PathVariable UUID postId, Model model) {
        Kostenpost post = beheer.kostenpost(id, postId);
        model.addAttribute("invoer", invoer(post));
        return pagina(id, post, post.versie(), model);
    }

    /** R7.2: the change, refused on a stale version ({@code versie.verouderd}, 409) with the input kept. */
    @PostMapping
    String wijzig(
            @PathVariable UUID id,
            @PathVariable UUID postId,
            @RequestParam(name = "versie", required = false) @Nullable Long versie,
            @RequestParam Map<String, String> invoer,
            Model model,
            RedirectAttributes vervolg,
            HttpServletResponse antwoord) {
        model.addAttribute("invoer", invoer);
        return formulierfouten
                .bij(
                        model,
                        antwoord,
                        Formuliervelden.van(OntzorgingController.VELDEN, "ozCrediteurNaam")
                                .inVolgorde(VOLGORDE))
                .metConflict()
                .verwerk(
                        () -> {
                            if (versie == null) {
                                throw new OngeldigeInvoer(
                                        new Veldfout("versie", "verplicht", "De versie van de vaste last ontbreekt."));
                            }
                            Kostenpost huidig = beheer.kostenpost(id, postId);
                            beheer.wijzigKostenpost(id, postId, versie, Kostenpostvelden.lees(huidig.soort(), invoer));
                            vervolg.addFlashAttribute("melding", "ontzorging.melding.kostenpostGewijzigd");
                            return "redirect:/inburgeraars/" + id + "/ontzorging";
                        },
                        () -> {
                            Kostenpost opgeslagen = beheer.kostenpost(id, postId);
                            return pagina(id, opgeslagen, versie == null ? opgeslagen.versie() : versie, model);
                        });
    }

    /**
     * The form page. After a refusal it keeps the version the consulent's copy had, so a stale change stays
     * refused until the item is loaded again; the conflict shows what is stored now.
     */
    private String pagina(UUID id, Kostenpost post, long versie, Model model) {
        model.addAttribute("inburgeraarId", id);
        model.addAttribute("naam", inburgeraars.geadresseerde(id).naam());
        model.addAttribute("post", post);
        model.addAttribute("laatstBetaald", beheer.laatstBetaald(id, post.id()).orElse(null));
        model.addAttribute("versie", versie);
        return "ontzorging/kostenpost";
    }

    /** The stored item as the form shows it: amounts with a decimal comma, months as {@code 2026-07}. */
    private static Map<String, @Nullable String> invoer(Kostenpost post) {
        Map<String, @Nullable String> invoer = new LinkedHashMap<>();
        invoer.put("ozCrediteurNaam", post.crediteurNaam());
        invoer.put("ozIban", post.iban().leesbaar());
        invoer.put("ozKenmerk", post.kenmerk());
        invoer.put("ozBedrag", Bedrag.decimaal(post.bedragInCenten()).replace('.', ','));
        invoer.put("ozStartmaand", post.startmaand().toString());
        invoer.put("ozEindmaand", post.eindmaand().map(Object::toString).orElse(null));
        return invoer;
    }
}
