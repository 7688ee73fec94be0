package nl.openinburgering.leerroute.web;

import java.util.Base64;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import nl.openinburgering.leerroute.ZrouteBeheer;
import nl.openinburgering.leerroute.Zroutecertificaat;
import nl.openinburgering.platform.Documenten;
import nl.openinburgering.platform.Huisstijl;
import nl.openinburgering.platform.HuisstijlBeheer;

/**
 * R4.4: the certificate of a completed Z-route as PDF/A, on the gemeente's letterhead. Shared by the API and
 * the UI so both give exactly the same document.
 */
@Component
public class Certificaatbrief {

    static final String SJABLOON = "brieven/certificaat-zroute";
    private static final Locale NEDERLANDS = Locale.of("nl", "NL");

    private final ZrouteBeheer zroutes;
    private final HuisstijlBeheer huisstijlen;
    private final ITemplateEngine sjablonen;
    private final Documenten documenten;

    Certificaatbrief(
            ZrouteBeheer zroutes, HuisstijlBeheer huisstijlen, ITemplateEngine sjablonen, Documenten documenten) {
        this.zroutes = zroutes;
        this.huisstijlen = huisstijlen;
        this.sjablonen = sjablonen;
        this.documenten = documenten;
    }

    /** The certificate as a PDF response; before the completion a conflict (409), another gemeente's 404. */
    public ResponseEntity<byte[]> pdf(UUID inburgeraarId, boolean inline) {
        Zroutecertificaat certificaat = zroutes.certificaat(inburgeraarId);
        byte[] pdf = documenten.pdfA(html(certificaat, huisstijlen.huidige()));
        ContentDisposition bestand = (inline ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename("certificaat-zroute-" + certificaat.kenmerk() + ".pdf")
                .build();
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, bestand.toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(pdf);
    }

    private String html(Zroutecertificaat certificaat, Huisstijl huisstijl) {
        Map<String, Object> velden = new HashMap<>();
        velden.put("certificaat", certificaat);
        velden.put("afronding", certificaat.afronding());
        velden.put("naam", certificaat.geadresseerde().naam());
        velden.put("adres", certificaat.geadresseerde().adres().orElse(null));
        velden.put("huisstijl", huisstijl);
        velden.put("gemeentenaam", huisstijl.officieleNaam().replaceFirst("(?i)^gemeente\\s+", ""));
        velden.put(
                "logo",
                huisstijl.heeftLogo()
                        ? "data:image/png;base64," + Base64.getEncoder().encodeToString(huisstijl.logoPng())
                        : null);
        return sjablonen.process(SJABLOON, new Context(NEDERLANDS, velden));
    }
}
