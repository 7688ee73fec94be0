package nl.openinburgering.portaal.web;

import java.time.LocalDateTime;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.openinburgering.inburgeraar.InburgeraarBeheer;
import nl.openinburgering.platform.web.Formulierfouten;
import nl.openinburgering.platform.web.Formuliervelden;
import nl.openinburgering.portaal.Gesprek;
import nl.openinburgering.portaal.PortaalActies;
import nl.openinburgering.portaal.PortaalBerichten;

/**
 * The portal messages and uploads in the person's file, for the consulent and the teamleider; the consulent
 * answers or marks them handled, which ends the worklist signal.
 */
@Controller
@RequestMapping("/inburgeraars/{id}/berichten")
class DossierBerichtenController {

    private final PortaalBerichten berichten;
    private final InburgeraarBeheer inburgeraars;
    private final Formulierfouten formulierfouten;

    DossierBerichtenController(
            PortaalBerichten berichten, InburgeraarBeheer inburgeraars, Formulierfouten formulierfouten) {
        this.berichten = berichten;
        this.inburgeraars = inburgeraars;
        this.formulierfouten = formulierfouten;
    }

    @GetMapping
    String toon(@PathVariable UUID id, Model model) {
        model.addAttribute("inburgeraarId", id);
        model.addAttribute("naam", inburgeraars.geadresseerde(id).naam());
        model.addAttribute("berichten", berichten.berichten(id));
        model.addAttribute("documenten", berichten.documenten(id));
        model.addAttribute("gesprekken", berichten.gesprekken(id));
        model.addAttribute("gespreksoorten", Gesprek.Soort.values());
        model.addAttribute("acties", PortaalActies.huidige());
        return "portaal/dossier";
    }

    @PostMapping("/antwoord")
    String antwoord(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String onderwerp,
            @RequestParam(required = false) @Nullable String tekst,
            Model model,
            RedirectAttributes vervolg,
            HttpServletResponse antwoord) {
        return formulierfouten
                .bij(model, antwoord, Formuliervelden.van(Map.of(), "tekst"))
                .metWeigering()
                .verwerk(
                        () -> {
                            berichten.beantwoord(id, onderwerp == null ? "" : onderwerp, tekst == null ? "" : tekst);
                            vervolg.addFlashAttribute("melding", "portaal.dossier.melding.beantwoord");
                            return "redirect:/inburgeraars/" + id + "/berichten";
                        },
                        () -> {
                            model.addAttribute("onderwerp", onderwerp);
                            model.addAttribute("tekst", tekst);
                            return toon(id, model);
                        });
    }

    /** The consulent plans an intake, voortgangsgesprek or other conversation; the person sees it on /mijn. */
    @PostMapping("/gesprekken")
    String planGesprek(
            @PathVariable UUID id,
            @RequestParam(required = false) Gesprek.@Nullable Soort soort,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable
                    LocalDateTime moment,
            @RequestParam(required = false) @Nullable String plaats,
            @RequestParam(required = false) @Nullable String notitie,
            Model model,
            RedirectAttributes vervolg,
            HttpServletResponse antwoord) {
        return formulierfouten
                .bij(
                        model,
                        antwoord,
                        Formuliervelden.zelfde().inVolgorde(java.util.List.of("soort", "moment", "plaats", "notitie")))
                .metWeigering()
                .verwerk(
                        () -> {
                            berichten.planGesprek(
                                    id, soort, moment, plaats == null ? "" : plaats, notitie == null ? "" : notitie);
                            vervolg.addFlashAttribute("melding", "portaal.dossier.gesprek.gepland");
                            return "redirect:/inburgeraars/" + id + "/berichten";
                        },
                        () -> {
                            model.addAttribute("gesprek", new GesprekInvoer(soort, moment, plaats, notitie));
                            return toon(id, model);
                        });
    }

    /** What the consulent typed, shown again with the field errors. */
    record GesprekInvoer(
            Gesprek.@Nullable Soort soort,
            @Nullable LocalDateTime moment,
            @Nullable String plaats,
            @Nullable String notitie) {}

    @PostMapping("/afgehandeld")
    String afgehandeld(@PathVariable UUID id, RedirectAttributes vervolg) {
        berichten.handelAf(id);
        vervolg.addFlashAttribute("melding", "portaal.dossier.melding.afgehandeld");
        return "redirect:/inburgeraars/" + id + "/berichten";
    }

    @GetMapping("/documenten/{documentId}")
    ResponseEntity<byte[]> document(@PathVariable UUID id, @PathVariable UUID documentId) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("document")
                                .build()
                                .toString())
                .body(berichten.document(id, documentId));
    }
}
