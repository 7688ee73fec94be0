package nl.openinburgering.platform.web;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import nl.openinburgering.platform.internal.VerwerkingenOverzicht;
import nl.openinburgering.platform.internal.VerwerkingenOverzicht.Verwerking;
import nl.openinburgering.shared.Bsn;
import nl.openinburgering.shared.OngeldigeInvoer;

/**
 * For the functioneel beheerder who handles an inzageverzoek: the processing of one person's data, on
 * screen and as a CSV file to send along with the answer. The BSN only ever travels in a POST body.
 */
@Controller
@RequestMapping("/beheer/verwerkingen")
class VerwerkingenController {

    private static final DateTimeFormatter CSV_TIJDSTIP = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private final VerwerkingenOverzicht overzicht;

    VerwerkingenController(VerwerkingenOverzicht overzicht) {
        this.overzicht = overzicht;
    }

    @GetMapping
    String formulier() {
        return "beheer/verwerkingen";
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
