package nl.openinburgering.begeleiding.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
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
import nl.openinburgering.begeleiding.Begeleidingsregel;
import nl.openinburgering.begeleiding.NieuwContactmoment;
import nl.openinburgering.begeleiding.Onderwerp;
import nl.openinburgering.platform.web.Formulierfouten;
import nl.openinburgering.platform.web.Formuliervelden;
import nl.openinburgering.shared.Conflict;
import nl.openinburgering.shared.OngeldigeInvoer;
import nl.openinburgering.shared.Veldfout;

/**
 * The begeleider's pages: "Mijn begeleidingen" (the trajecten of their own partner, paged), one traject with its
 * contact moments, recording a contact moment (R8.3) and closing the traject with a summary for the consulent.
 * Not under {@code /inburgeraars}: a begeleider never reaches the person's file.
 */
@Controller
@RequestMapping("/begeleidingen")
class BegeleiderController {

    static final int PAGINAGROOTTE = 20;

    private static final Formuliervelden CONTACTVELDEN = Formuliervelden.van(
                    Map.of(
                            "datum", "contactDatum",
                            "onderwerp", "contactOnderwerp",
                            "uren", "contactUren",
                            "notitie", "contactNotitie",
                            "praktischeHulp", "contactHulp"),
                    "contactNotitie")
            .inVolgorde(List.of("contactDatum", "contactOnderwerp", "contactUren", "contactNotitie", "contactHulp"));
    private static final Formuliervelden AFSLUITVELDEN = Formuliervelden.van(
                    Map.of(
                            "datum", "afsluitDatum",
                            "samenvatting", "afsluitSamenvatting",
                            "bevestigd", "afsluitBevestigd"),
                    "afsluitSamenvatting")
            .inVolgorde(List.of("afsluitDatum", "afsluitSamenvatting", "afsluitBevestigd"));

    private final BegeleidingBeheer begeleiding;
    private final Formulierfouten formulierfouten;

    BegeleiderController(BegeleidingBeheer begeleiding, Formulierfouten formulierfouten) {
        this.begeleiding = begeleiding;
        this.formulierfouten = formulierfouten;
    }

    @GetMapping
    String lijst(@RequestParam(name = "pagina", defaultValue = "1") int pagina, Model model) {
        int nummer = Math.max(pagina, 1);
        Page<Begeleidingsregel> regels = begeleiding.mijnBegeleidingen(PageRequest.of(nummer - 1, PAGINAGROOTTE));
        model.addAttribute("regels", regels.getContent());
        model.addAttribute("pagina", nummer);
        model.addAttribute("aantalPaginas", Math.max(regels.getTotalPages(), 1));
        model.addAttribute("totaal", regels.getTotalElements());
        return "begeleiding/lijst";
    }

    @GetMapping("/{trajectId}")
    String traject(@PathVariable UUID trajectId, Model model) {
        Begeleiding b = begeleiding.begeleiding(trajectId);
        model.addAttribute("begeleiding", b);
        model.addAttribute("onderwerpen", Onderwerp.values());
        model.addAttribute("acties", BegeleidingActies.huidige(true, b.traject().afgesloten()));
        return "begeleiding/traject";
    }

    @PostMapping("/{trajectId}/contactmomenten")
    String contact(
            @PathVariable UUID trajectId,
            @RequestParam(name = "contactDatum", required = false) @Nullable String datum,
            @RequestParam(name = "contactOnderwerp", required = false) @Nullable String onderwerp,
            @RequestParam(name = "contactUren", required = false) @Nullable String uren,
            @RequestParam(name = "contactNotitie", required = false) @Nullable String notitie,
            @RequestParam(name = "contactHulp", required = false) @Nullable String hulp,
            Model model,
            RedirectAttributes vervolg,
            HttpServletResponse antwoord) {
        return formulierfouten
                .bij(model, antwoord, CONTACTVELDEN)
                .verwerk(
                        () -> {
                            begeleiding.legContactVast(
                                    trajectId,
                                    new NieuwContactmoment(
                                            Invoer.datum(datum, "datum"),
                                            Invoer.onderwerp(onderwerp),
                                            Invoer.getal(uren, "uren"),
                                            notitie,
                                            hulp));
                            vervolg.addFlashAttribute("melding", "begeleiding.melding.contact");
                            return "redirect:/begeleidingen/" + trajectId;
                        },
                        () -> {
                            model.addAttribute("contactDatum", datum);
                            model.addAttribute("contactOnderwerp", onderwerp);
                            model.addAttribute("contactUren", uren);
                            model.addAttribute("contactNotitie", notitie);
                            model.addAttribute("contactHulp", hulp);
                            return traject(trajectId, model);
                        });
    }

    @PostMapping("/{trajectId}/afsluiting")
    String afsluiten(
            @PathVariable UUID trajectId,
            @RequestParam(name = "afsluitDatum", required = false) @Nullable String datum,
            @RequestParam(name = "afsluitSamenvatting", required = false) @Nullable String samenvatting,
            @RequestParam(name = "afsluitBevestigd", required = false) @Nullable String bevestigd,
            Model model,
            RedirectAttributes vervolg,
            HttpServletResponse antwoord) {
        return formulierfouten
                .bij(model, antwoord, AFSLUITVELDEN)
                .verwerk(
                        () -> {
                            // Closing cannot be undone: the begeleider confirms it explicitly.
                            if (bevestigd == null) {
                                throw new OngeldigeInvoer(
                                        new Veldfout(
                                                "bevestigd",
                                                "afsluiting.bevestiging",
                                                "Bevestig dat u het traject wilt afsluiten. Afsluiten kan niet ongedaan worden gemaakt."));
                            }
                            begeleiding.sluitAf(trajectId, Invoer.datum(datum, "datum"), samenvatting);
                            vervolg.addFlashAttribute("melding", "begeleiding.melding.afgesloten");
                            return "redirect:/begeleidingen/" + trajectId;
                        },
                        () -> {
                            model.addAttribute("afsluitDatum", datum);
                            model.addAttribute("afsluitSamenvatting", samenvatting);
                            return traject(trajectId, model);
                        });
    }

    /** A traject that is already closed: the error page with 409. */
    @ExceptionHandler(Conflict.class)
    void conflict(HttpServletResponse antwoord) throws IOException {
        antwoord.sendError(HttpServletResponse.SC_CONFLICT);
    }
}
