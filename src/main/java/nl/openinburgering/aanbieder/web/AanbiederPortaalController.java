package nl.openinburgering.aanbieder.web;

import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpSession;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.openinburgering.aanbieder.DeelnameBeheer;
import nl.openinburgering.aanbieder.Deelnemer;
import nl.openinburgering.aanbieder.RuweUrenregel;
import nl.openinburgering.aanbieder.Upload;
import nl.openinburgering.aanbieder.UrenRegistratie;
import nl.openinburgering.aanbieder.Urenbatch;
import nl.openinburgering.shared.OngeldigeInvoer;
import nl.openinburgering.shared.Vandaag;
import nl.openinburgering.shared.Veldfout;

/**
 * The provider portal: its own participants (no BSN), and the upload of hour lines as a CSV file. An upload
 * first shows a preview with the problem of each bad line; only a good file can be saved, with "Opslaan". The
 * file waits in the session in between (the session lives in the database, so any app node can confirm it);
 * its token is also the idempotency key, so a second click on "Opslaan" stores nothing twice.
 */
@Controller
@RequestMapping("/aanbieder")
class AanbiederPortaalController {

    static final int PAGINAGROOTTE = 20;
    static final int UPLOADS_GETOOND = 20;
    /** Lines shown in the preview table; the errors are always all listed. */
    static final int VOORBEELD_REGELS = 200;

    private static final String SESSIE = "aanbieder.upload.";

    /** Lines of the template: the running deelnames, newest first. */
    static final int SJABLOON_REGELS = 1000;

    private final DeelnameBeheer deelnames;
    private final UrenRegistratie registratie;
    private final Clock klok;

    AanbiederPortaalController(DeelnameBeheer deelnames, UrenRegistratie registratie, Clock klok) {
        this.deelnames = deelnames;
        this.registratie = registratie;
        this.klok = klok;
    }

    @GetMapping
    String start() {
        return "redirect:/aanbieder/deelnemers";
    }

    @GetMapping("/deelnemers")
    String deelnemers(@RequestParam(defaultValue = "1") int pagina, Model model) {
        int huidige = Math.max(1, pagina);
        Page<Deelnemer> gevonden = deelnames.deelnemers(PageRequest.of(huidige - 1, PAGINAGROOTTE));
        model.addAttribute("deelnemers", gevonden.getContent());
        model.addAttribute("pagina", huidige);
        model.addAttribute("aantalPaginas", Math.max(1, gevonden.getTotalPages()));
        model.addAttribute("totaal", gevonden.getTotalElements());
        return "aanbieder/deelnemers";
    }

    @GetMapping("/uren")
    String uren(Model model) {
        List<Upload> uploads = registratie.uploads(UPLOADS_GETOOND);
        model.addAttribute("uploads", uploads);
        return "aanbieder/uren";
    }

    /** An empty template to fill in: the header row and one line per running deelname of the provider. */
    @GetMapping("/uren/sjabloon.csv")
    ResponseEntity<byte[]> sjabloon() {
        StringBuilder csv = new StringBuilder("\uFEFF")
                .append(String.join(";", Urencsv.KOLOMMEN))
                .append("\r\n");
        for (UUID id : deelnames.lopendeDeelnameIds(Vandaag.datum(klok), SJABLOON_REGELS)) {
            csv.append(id).append(";;;;;\r\n");
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("uren-sjabloon.csv")
                                .build()
                                .toString())
                .body(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    @PostMapping("/uren/voorbeeld")
    String voorbeeld(@RequestParam("bestand") MultipartFile bestand, HttpSession sessie, Model model)
            throws IOException {
        String tekst = new String(bestand.getBytes(), StandardCharsets.UTF_8);
        String bestandsnaam = bestand.getOriginalFilename() == null ? "" : bestand.getOriginalFilename();
        return voorbeeld(tekst, bestandsnaam, null, sessie, model);
    }

    /**
     * The preview of a file: each line with the participant's name and its problem, and a warning when the
     * provider stored exactly these lines before. Only a good file gets a token to save it with.
     */
    private String voorbeeld(
            String tekst, String bestandsnaam, @Nullable String bestaandToken, HttpSession sessie, Model model) {
        List<RuweUrenregel> regels;
        try {
            regels = Urencsv.lees(tekst);
        } catch (OngeldigeInvoer ongeldig) {
            model.addAttribute("bestandsfout", ongeldig.fouten().getFirst().reden());
            return uren(model);
        }
        Urenbatch batch = registratie.controleer(regels);
        Map<Integer, Veldfout> fouten = new HashMap<>();
        List<Foutregel> foutregels = new ArrayList<>();
        for (Veldfout fout : batch.fouten()) {
            int index = regelnummer(fout.veld());
            fouten.put(index, fout);
            foutregels.add(new Foutregel(index < 0 ? 0 : index + 2, fout.reden()));
        }
        List<RuweUrenregel> getoond = regels.subList(0, Math.min(regels.size(), VOORBEELD_REGELS));
        model.addAttribute("regels", getoond);
        model.addAttribute(
                "namen",
                deelnames.namenVanEigenDeelnemers(getoond.stream()
                        .map(RuweUrenregel::deelnameId)
                        .filter(Objects::nonNull)
                        .collect(Collectors.toSet())));
        model.addAttribute("aantalRegels", regels.size());
        model.addAttribute("fouten", foutregels);
        model.addAttribute("foutPerRegel", fouten);
        model.addAttribute("bestandsnaam", bestandsnaam);
        if (batch.isGoed()) {
            registratie
                    .eerderIngelezen(regels)
                    .ifPresent(op -> model.addAttribute("eerderIngelezenOp", op.atZone(Vandaag.NEDERLAND)));
            String token =
                    bestaandToken != null ? bestaandToken : UUID.randomUUID().toString();
            sessie.setAttribute(SESSIE + token, new Bestand(tekst, bestandsnaam));
            model.addAttribute("token", token);
        }
        return "aanbieder/voorbeeld";
    }

    /**
     * Saves the checked file. The same lines stored before are saved again only when the provider confirms it
     * ({@code nogmaals}); without that the preview comes back with the question next to the checkbox.
     */
    @PostMapping("/uren/opslaan")
    String opslaan(
            @RequestParam String token,
            @RequestParam(required = false) @Nullable String nogmaals,
            HttpSession sessie,
            RedirectAttributes doorgeven,
            Model model) {
        UUID sleutel;
        try {
            sleutel = UUID.fromString(token);
        } catch (IllegalArgumentException fout) {
            return "redirect:/aanbieder/uren";
        }
        Object bewaard = sessie.getAttribute(SESSIE + token);
        if (!(bewaard instanceof Bestand bestand)) {
            doorgeven.addFlashAttribute("melding", "aanbieder.uren.verlopen");
            doorgeven.addFlashAttribute("meldingSoort", "waarschuwing");
            return "redirect:/aanbieder/uren";
        }
        try {
            List<RuweUrenregel> regels = Urencsv.lees(bestand.tekst());
            if (nogmaals == null && registratie.eerderIngelezen(regels).isPresent()) {
                model.addAttribute("nogmaalsFout", true);
                return voorbeeld(bestand.tekst(), bestand.naam(), token, sessie, model);
            }
            Upload upload = registratie.registreer(sleutel, regels);
            sessie.removeAttribute(SESSIE + token);
            doorgeven.addFlashAttribute("melding", "aanbieder.uren.opgeslagen");
            doorgeven.addFlashAttribute("meldingArgumenten", new Object[] {upload.aantalRegels()});
        } catch (OngeldigeInvoer ongeldig) {
            // Something changed between preview and confirmation (a deelname ended): show the file again.
            sessie.removeAttribute(SESSIE + token);
            doorgeven.addFlashAttribute("melding", "aanbieder.uren.gewijzigd");
            doorgeven.addFlashAttribute("meldingSoort", "waarschuwing");
        }
        return "redirect:/aanbieder/uren";
    }

    /** A checked file waiting in the session for "Opslaan" (the session is stored, so it is serializable). */
    record Bestand(String tekst, String naam) implements Serializable {}

    /** {@code regels[3].uren} is line 3 of the data (from 0): line 5 of the file, after the header row. */
    static int regelnummer(String veld) {
        try {
            return Integer.parseInt(veld.substring(veld.indexOf('[') + 1, veld.indexOf(']')));
        } catch (RuntimeException fout) {
            return -1;
        }
    }
}
