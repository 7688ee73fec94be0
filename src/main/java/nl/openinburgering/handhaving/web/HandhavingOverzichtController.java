package nl.openinburgering.handhaving.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import nl.openinburgering.handhaving.HandhavingBeheer;
import nl.openinburgering.shared.Vandaag;

/** The teamleider's overview {@code /handhaving}: the open cases, oldest first, with step and age; the export. */
@Controller
class HandhavingOverzichtController {

    private final HandhavingBeheer handhaving;
    private final Clock klok;

    HandhavingOverzichtController(HandhavingBeheer handhaving, Clock klok) {
        this.handhaving = handhaving;
        this.klok = klok;
    }

    @GetMapping("/handhaving")
    String overzicht(@RequestParam(defaultValue = "0") int pagina, Model model) {
        LocalDate vandaag = Vandaag.datum(klok);
        int totaal = handhaving.aantalOpenZaken();
        int paginas = Math.max(
                1,
                (totaal + HandhavingOverzichtApiController.PAGINAGROOTTE - 1)
                        / HandhavingOverzichtApiController.PAGINAGROOTTE);
        int huidige = Math.min(Math.max(0, pagina), paginas - 1);
        List<HandhavingOverzichtApiController.OpenZaak> zaken =
                handhaving.openZaken(huidige, HandhavingOverzichtApiController.PAGINAGROOTTE).stream()
                        .map(z -> HandhavingOverzichtApiController.OpenZaak.van(z, vandaag))
                        .toList();
        model.addAttribute("zaken", zaken);
        model.addAttribute("pagina", huidige);
        model.addAttribute("paginas", paginas);
        model.addAttribute("totaal", totaal);
        int kwartaal = (vandaag.getMonthValue() + 2) / 3;
        model.addAttribute("kwartaal", handhaving.kwartaal(vandaag.getYear(), kwartaal));
        return "handhaving/overzicht";
    }

    @GetMapping("/handhaving/boetes.csv")
    ResponseEntity<String> boetes() {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"boetes.csv\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(Boeteexport.csv(handhaving.boetes()));
    }
}
