package nl.openinburgering.pvt.web;

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

import nl.openinburgering.platform.Documenten;
import nl.openinburgering.platform.Huisstijl;
import nl.openinburgering.platform.HuisstijlBeheer;
import nl.openinburgering.pvt.Certificaat;
import nl.openinburgering.pvt.Groepsplanning;
import nl.openinburgering.pvt.PvtBeheer;
import nl.openinburgering.pvt.Uitnodiging;

/**
 * The PVT's documents as PDF/A on the gemeente's letterhead: the certificate of the signed participatieverklaring
 * (R5.1) and the invitation letter to a member of a group. Shared by the API and the UI.
 */
@Component
public class PvtBrieven {

    private static final Locale NEDERLANDS = Locale.of("nl", "NL");

    private final PvtBeheer pvt;
    private final Groepsplanning planning;
    private final HuisstijlBeheer huisstijlen;
    private final ITemplateEngine sjablonen;
    private final Documenten documenten;

    PvtBrieven(
            PvtBeheer pvt,
            Groepsplanning planning,
            HuisstijlBeheer huisstijlen,
            ITemplateEngine sjablonen,
            Documenten documenten) {
        this.pvt = pvt;
        this.planning = planning;
        this.huisstijlen = huisstijlen;
        this.sjablonen = sjablonen;
        this.documenten = documenten;
    }

    /** The certificate; before the signing a conflict (409), a person of another gemeente not found (404). */
    public ResponseEntity<byte[]> certificaat(UUID inburgeraarId, boolean inline) {
        Certificaat certificaat = pvt.certificaat(inburgeraarId);
        Map<String, Object> velden = briefhoofd();
        velden.put("naam", certificaat.naam());
        velden.put("ondertekening", certificaat.ondertekening());
        return pdf(
                "certificaat-pvt-" + kenmerk(inburgeraarId) + ".pdf", maak("brieven/pvt-certificaat", velden), inline);
    }

    /** The invitation to one member of a group, listing the group's sessions. */
    public ResponseEntity<byte[]> uitnodiging(UUID groepId, UUID inburgeraarId, boolean inline) {
        Uitnodiging uitnodiging = planning.uitnodiging(groepId, inburgeraarId);
        Map<String, Object> velden = briefhoofd();
        velden.put("naam", uitnodiging.geadresseerde().naam());
        velden.put("adres", uitnodiging.geadresseerde().adres().orElse(null));
        velden.put("uitnodiging", uitnodiging);
        return pdf(
                "uitnodiging-" + kenmerk(groepId) + "-" + kenmerk(inburgeraarId) + ".pdf",
                maak("brieven/pvt-uitnodiging", velden),
                inline);
    }

    private Map<String, Object> briefhoofd() {
        Huisstijl huisstijl = huisstijlen.huidige();
        Map<String, Object> velden = new HashMap<>();
        velden.put("huisstijl", huisstijl);
        velden.put("gemeentenaam", huisstijl.officieleNaam().replaceFirst("(?i)^gemeente\\s+", ""));
        velden.put(
                "logo",
                huisstijl.heeftLogo()
                        ? "data:image/png;base64," + Base64.getEncoder().encodeToString(huisstijl.logoPng())
                        : null);
        return velden;
    }

    private byte[] maak(String sjabloon, Map<String, Object> velden) {
        return documenten.pdfA(sjablonen.process(sjabloon, new Context(NEDERLANDS, velden)));
    }

    /** A file name without personal data: it ends up in download folders and mail subjects. */
    private static String kenmerk(UUID id) {
        return id.toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }

    private static ResponseEntity<byte[]> pdf(String bestandsnaam, byte[] pdf, boolean inline) {
        ContentDisposition bestand = (inline ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(bestandsnaam)
                .build();
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, bestand.toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(pdf);
    }
}
