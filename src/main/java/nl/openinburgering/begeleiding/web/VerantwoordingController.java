package nl.openinburgering.begeleiding.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import nl.openinburgering.begeleiding.Partner;
import nl.openinburgering.begeleiding.Verantwoording;
import nl.openinburgering.begeleiding.VerantwoordingBeheer;
import nl.openinburgering.shared.NietGevonden;
import nl.openinburgering.shared.Vandaag;

/**
 * The accountability per partner for the beleidsmedewerker and teamleider: a page per partner and year with the
 * figures per quarter, and the same table as CSV and as Excel.
 */
@Controller
@RequestMapping("/begeleiding/verantwoording")
class VerantwoordingController {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final VerantwoordingBeheer verantwoording;
    private final Clock klok;

    VerantwoordingController(VerantwoordingBeheer verantwoording, Clock klok) {
        this.verantwoording = verantwoording;
        this.klok = klok;
    }

    @GetMapping
    String pagina(
            @RequestParam(name = "partner", required = false) @Nullable String partner,
            @RequestParam(name = "jaar", required = false) @Nullable Integer jaar,
            Model model) {
        List<Partner> partners = verantwoording.partners();
        model.addAttribute("partners", partners);
        int gekozenJaar = jaar == null ? Vandaag.datum(klok).getYear() : jaar;
        model.addAttribute("jaar", gekozenJaar);
        UUID gekozen = Invoer.uuid(partner);
        if (gekozen == null && !partners.isEmpty()) {
            gekozen = partners.getFirst().id();
        }
        if (gekozen != null) {
            Verantwoording v = verantwoording.verantwoording(gekozen, gekozenJaar);
            model.addAttribute("verantwoording", v);
            model.addAttribute("tabel", Verantwoordingstabel.van(v));
        }
        return "begeleiding/verantwoording";
    }

    @GetMapping("/export.csv")
    ResponseEntity<byte[]> csv(@RequestParam("partner") String partner, @RequestParam("jaar") int jaar) {
        Verantwoording v = lees(partner, jaar);
        return bestand(
                Verantwoordingstabel.van(v).csv().getBytes(StandardCharsets.UTF_8),
                new MediaType("text", "csv", StandardCharsets.UTF_8),
                bestandsnaam(v, "csv"));
    }

    @GetMapping("/export.xlsx")
    ResponseEntity<byte[]> excel(@RequestParam("partner") String partner, @RequestParam("jaar") int jaar) {
        Verantwoording v = lees(partner, jaar);
        return bestand(
                Verantwoordingsexcel.van(Verantwoordingstabel.van(v), "Verantwoording " + jaar),
                XLSX,
                bestandsnaam(v, "xlsx"));
    }

    private Verantwoording lees(String partner, int jaar) {
        UUID id = Invoer.uuid(partner);
        if (id == null) {
            throw new NietGevonden("Begeleidingspartner");
        }
        return verantwoording.verantwoording(id, jaar);
    }

    private static String bestandsnaam(Verantwoording v, String extensie) {
        return "verantwoording-begeleiding-"
                + v.partner().naam().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-") + "-"
                + v.jaar() + "." + extensie;
    }

    private static ResponseEntity<byte[]> bestand(byte[] inhoud, MediaType soort, String naam) {
        return ResponseEntity.ok()
                .contentType(soort)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(naam).build().toString())
                .body(inhoud);
    }
}
