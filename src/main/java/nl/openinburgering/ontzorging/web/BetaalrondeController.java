package nl.openinburgering.ontzorging.web;

import java.time.Clock;
import java.time.YearMonth;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.openinburgering.ontzorging.Betaalronde;
import nl.openinburgering.ontzorging.BetaalrondeActies;
import nl.openinburgering.ontzorging.BetaalrondeSamenvatting;
import nl.openinburgering.ontzorging.Betaalrondes;
import nl.openinburgering.platform.web.Formulierfouten;
import nl.openinburgering.platform.web.Formuliervelden;
import nl.openinburgering.shared.Vandaag;

/**
 * The financiële administratie's monthly run: the recorded runs (paged), the concept of a month to review, its
 * recording after the review is confirmed, and the SEPA and CSV downloads. Shows payment data only: names,
 * creditors and amounts, never the rest of a person's file.
 */
@Controller
@RequestMapping("/ontzorging/betaalrondes")
class BetaalrondeController {

    private static final int PAGINAGROOTTE = 12;

    private final Betaalrondes rondes;
    private final Formulierfouten formulierfouten;
    private final Clock klok;

    BetaalrondeController(Betaalrondes rondes, Formulierfouten formulierfouten, Clock klok) {
        this.rondes = rondes;
        this.formulierfouten = formulierfouten;
        this.klok = klok;
    }

    @GetMapping
    String lijst(@RequestParam(defaultValue = "1") int pagina, Model model) {
        Page<BetaalrondeSamenvatting> gevonden = rondes.rondes(PageRequest.of(Math.max(pagina, 1) - 1, PAGINAGROOTTE));
        model.addAttribute("rondes", gevonden);
        model.addAttribute("pagina", gevonden.getNumber() + 1);
        model.addAttribute("debiteur", rondes.debiteur().orElse(null));
        model.addAttribute(
                "voorgesteldeMaand", YearMonth.from(Vandaag.datum(klok)).toString());
        return "ontzorging/betaalrondes";
    }

    @GetMapping("/concept")
    String concept(
            @RequestParam(name = "maand", required = false) @Nullable String maand,
            Model model,
            HttpServletResponse antwoord) {
        return formulierfouten
                .bij(model, antwoord, Formuliervelden.alles("maand"))
                .verwerk(
                        () -> {
                            Betaalronde ronde = rondes.concept(Maanden.maand(maand, "maand"));
                            if (ronde.vastgesteld()) {
                                return "redirect:/ontzorging/betaalrondes/"
                                        + ronde.id().orElseThrow();
                            }
                            return toon(ronde, model);
                        },
                        () -> lijst(1, model));
    }

    /** Records the reviewed run; the checkbox is the confirmation. A month already recorded opens that run. */
    @PostMapping
    String vaststellen(
            @RequestParam(name = "maand", required = false) @Nullable String maand,
            @RequestParam(name = "gecontroleerd", defaultValue = "false") boolean gecontroleerd,
            Model model,
            RedirectAttributes vervolg,
            HttpServletResponse antwoord) {
        YearMonth m = Maanden.maand(maand, "maand");
        return formulierfouten
                .bij(model, antwoord, Formuliervelden.van(Map.of(), "gecontroleerd"))
                .metConflict()
                .verwerk(
                        () -> {
                            Betaalronde ronde = rondes.stelVast(m, gecontroleerd);
                            vervolg.addFlashAttribute("melding", "betaalronde.melding.vastgesteld");
                            return "redirect:/ontzorging/betaalrondes/"
                                    + ronde.id().orElseThrow();
                        },
                        () -> toon(rondes.concept(m), model));
    }

    @GetMapping("/{rondeId}")
    String ronde(@PathVariable UUID rondeId, Model model) {
        return toon(rondes.ronde(rondeId), model);
    }

    @GetMapping("/{rondeId}/pain001.xml")
    ResponseEntity<byte[]> pain001(@PathVariable UUID rondeId) {
        return BetaalrondeApiController.bestand(rondes.pain001(rondeId), "application/xml", rondeId, "xml");
    }

    @GetMapping("/{rondeId}/betaalronde.csv")
    ResponseEntity<byte[]> csv(@PathVariable UUID rondeId) {
        return BetaalrondeApiController.bestand(rondes.csv(rondeId), "text/csv", rondeId, "csv");
    }

    private String toon(Betaalronde ronde, Model model) {
        model.addAttribute("ronde", ronde);
        model.addAttribute("acties", BetaalrondeActies.huidige(ronde));
        return "ontzorging/betaalronde";
    }
}
