package nl.openinburgering.rapportage.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import nl.openinburgering.rapportage.Monitoring;
import nl.openinburgering.shared.OngeldigeInvoer;
import nl.openinburgering.shared.Vandaag;

/**
 * Issue 17 point 4 (R10.8): the cohort monitoring of the own gemeente (where each cohort is now) and the download
 * of the pseudonymised monitoring set per cohort for the ministry and CBS.
 */
@Controller
class MonitoringController {

    private final Monitoring monitoring;
    private final Clock klok;

    MonitoringController(Monitoring monitoring, Clock klok) {
        this.monitoring = monitoring;
        this.klok = klok;
    }

    @GetMapping("/rapportages/monitoring")
    String toon(Model model) {
        model.addAttribute("cohorten", monitoring.cohortmonitoring());
        List<Integer> jaren = new ArrayList<>();
        for (int jaar = Vandaag.datum(klok).getYear(); jaar >= 2022; jaar--) {
            jaren.add(jaar);
        }
        model.addAttribute("jaren", jaren);
        return "rapportage/monitoring";
    }

    /** A cohort outside 2022–2100: the error page with 400 (a download has no form to show the finding on). */
    @ExceptionHandler(OngeldigeInvoer.class)
    void ongeldig(OngeldigeInvoer fout, HttpServletResponse antwoord) throws IOException {
        antwoord.sendError(
                HttpServletResponse.SC_BAD_REQUEST, fout.fouten().getFirst().reden());
    }

    @GetMapping("/rapportages/monitoringset.csv")
    ResponseEntity<byte[]> csv(@RequestParam int cohort) {
        byte[] inhoud = monitoring.monitoringset(cohort).getBytes(StandardCharsets.UTF_8);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("monitoringset-" + cohort + ".csv")
                                .build()
                                .toString())
                .body(inhoud);
    }
}
