package nl.openinburgering.platform.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import nl.openinburgering.platform.Verwerkingsactiviteit;
import nl.openinburgering.platform.internal.VerwerkingenOverzicht;
import nl.openinburgering.platform.internal.VerwerkingenOverzicht.Verwerking;
import nl.openinburgering.platform.internal.VerwerkingenOverzicht.Verwerkingenfilter;
import nl.openinburgering.shared.Bsn;
import nl.openinburgering.shared.OngeldigeInvoer;

/**
 * For the functioneel beheerder who handles an inzageverzoek: the processing of one person's data, on
 * screen and as a CSV file to send along with the answer. The BSN only ever travels in a POST body. Below it
 * the whole log of the gemeente, paged and filtered by person (file id or name), user, activity and period.
 */
@Controller
@RequestMapping("/beheer/verwerkingen")
class VerwerkingenController {

    private static final DateTimeFormatter CSV_TIJDSTIP = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private final VerwerkingenOverzicht overzicht;

    VerwerkingenController(VerwerkingenOverzicht overzicht) {
        this.overzicht = overzicht;
    }

    @ModelAttribute("activiteiten")
    Verwerkingsactiviteit[] activiteiten() {
        return Verwerkingsactiviteit.values();
    }

    /** The inzageverzoek form and, below it, the newest lines of the whole log. */
    @GetMapping
    String formulier(Model model) {
        return overzicht(new Verwerkingenfilter(null, null, null, null, null, 1), model);
    }

    /**
     * The overview filtered and paged. A POST, so that what is typed in the person field (a name, or by mistake
     * a BSN) never lands in a URL, a browser history or an access log.
     */
    @PostMapping("/overzicht")
    String filter(
            @RequestParam(defaultValue = "") String persoon,
            @RequestParam(defaultValue = "") String gebruiker,
            @RequestParam(defaultValue = "") String activiteit,
            @RequestParam(defaultValue = "") String van,
            @RequestParam(defaultValue = "") String tot,
            @RequestParam(defaultValue = "1") int pagina,
            Model model,
            HttpServletResponse antwoord) {
        // Message keys per field: the page shows them in the user's language.
        Map<String, String> fouten = new LinkedHashMap<>();
        if (persoon.strip().matches("\\d{9}")) {
            fouten.put("persoon", "verwerkingen.filter.fout.bsn");
        }
        LocalDate vanDatum = datum(van, "van", fouten);
        LocalDate totDatum = datum(tot, "tot", fouten);
        if (vanDatum != null && totDatum != null && totDatum.isBefore(vanDatum)) {
            fouten.put("tot", "verwerkingen.filter.fout.volgorde");
        }
        Verwerkingsactiviteit soort = null;
        try {
            soort = activiteit.isBlank() ? null : Verwerkingsactiviteit.valueOf(activiteit);
        } catch (IllegalArgumentException onbekend) {
            fouten.put("activiteit", "verwerkingen.filter.fout.activiteit");
        }
        model.addAttribute(
                "filter",
                Map.of("persoon", persoon, "gebruiker", gebruiker, "activiteit", activiteit, "van", van, "tot", tot));
        if (!fouten.isEmpty()) {
            model.addAttribute("filterfouten", fouten);
            antwoord.setStatus(HttpStatus.BAD_REQUEST.value());
            return "beheer/verwerkingen";
        }
        return overzicht(new Verwerkingenfilter(persoon, gebruiker, soort, vanDatum, totDatum, pagina), model);
    }

    private String overzicht(Verwerkingenfilter filter, Model model) {
        model.addAttribute("overzicht", overzicht.pagina(filter));
        return "beheer/verwerkingen";
    }

    private static @Nullable LocalDate datum(String tekst, String veld, Map<String, String> fouten) {
        if (tekst.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(tekst.strip());
        } catch (DateTimeParseException onleesbaar) {
            fouten.put(veld, "verwerkingen.filter.fout.datum");
            return null;
        }
    }

    @PostMapping
    String zoek(@RequestParam(defaultValue = "") String bsn, Model model) {
        model.addAttribute("bsn", bsn);
        try {
            List<Verwerking> verwerkingen = overzicht.vanBetrokkene(Bsn.van(bsn));
            model.addAttribute("verwerkingen", verwerkingen);
        } catch (OngeldigeInvoer ongeldig) {
            model.addAttribute("bsnFout", ongeldig.fouten().getFirst().reden());
        }
        return "beheer/verwerkingen";
    }

    @PostMapping("/export")
    ResponseEntity<?> export(@RequestParam(defaultValue = "") String bsn) {
        List<Verwerking> verwerkingen;
        try {
            verwerkingen = overzicht.vanBetrokkene(Bsn.van(bsn));
        } catch (OngeldigeInvoer ongeldig) {
            return ResponseEntity.status(HttpStatus.BAD_REQUEST)
                    .contentType(MediaType.TEXT_PLAIN)
                    .body(ongeldig.fouten().getFirst().reden());
        }
        // No BSN in the file name: file names end up in download folders and mail subjects.
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("verwerkingen.csv")
                                .build()
                                .toString())
                .body(csv(verwerkingen).getBytes(StandardCharsets.UTF_8));
    }

    /** Semicolon-separated with a byte-order mark: what Dutch spreadsheet programs open without asking. */
    static String csv(List<Verwerking> verwerkingen) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        csv.append("tijdstip;gebruiker;rol;activiteit;doel;grondslag;handeling;uitkomst;trace_id\r\n");
        for (Verwerking v : verwerkingen) {
            csv.append(String.join(
                            ";",
                            List.of(
                                    CSV_TIJDSTIP.format(v.lokaalTijdstip()),
                                    veld(v.gebruiker()),
                                    veld(v.rol()),
                                    veld(v.activiteit()),
                                    veld(v.doel()),
                                    veld(v.grondslag()),
                                    veld(v.handeling()),
                                    veld(v.uitkomst()),
                                    veld(v.traceId()))))
                    .append("\r\n");
        }
        return csv.toString();
    }

    /** Quotes when needed, and defuses text a spreadsheet would run as a formula. */
    private static String veld(String waarde) {
        String tekst = waarde == null ? "" : waarde.strip();
        if (!tekst.isEmpty() && "=+-@".indexOf(tekst.charAt(0)) >= 0) {
            tekst = "'" + tekst;
        }
        if (tekst.contains(";") || tekst.contains("\"") || tekst.contains("\n") || tekst.contains("\r")) {
            tekst = "\"" + tekst.replace("\"", "\"\"") + "\"";
        }
        return tekst;
    }
}
