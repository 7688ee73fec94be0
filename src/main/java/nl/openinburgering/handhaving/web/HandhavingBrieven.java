package nl.openinburgering.handhaving.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
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

import nl.openinburgering.handhaving.HandhavingBeheer;
import nl.openinburgering.handhaving.Zaakgegevens;
import nl.openinburgering.inburgeraar.Geadresseerde;
import nl.openinburgering.inburgeraar.InburgeraarBeheer;
import nl.openinburgering.platform.Documenten;
import nl.openinburgering.platform.Huisstijl;
import nl.openinburgering.platform.HuisstijlBeheer;
import nl.openinburgering.shared.Conflict;

/**
 * The letters of a handhavingszaak as PDF/A on the gemeente's letterhead, made the way the PIP's beschikking is
 * ({@code platform.Documenten}, {@code Huisstijl}): the written warning, the voornemen with the term for a
 * zienswijze, the boetebeschikking with amount, motivation and bezwaar clause, and the decision not to fine.
 * Shared by the API and the UI. A letter whose step was not taken yet: 409.
 */
@Component
public class HandhavingBrieven {

    private static final Locale NEDERLANDS = Locale.of("nl", "NL");

    private final HandhavingBeheer handhaving;
    private final InburgeraarBeheer inburgeraars;
    private final HuisstijlBeheer huisstijlen;
    private final ITemplateEngine sjablonen;
    private final Documenten documenten;

    HandhavingBrieven(
            HandhavingBeheer handhaving,
            InburgeraarBeheer inburgeraars,
            HuisstijlBeheer huisstijlen,
            ITemplateEngine sjablonen,
            Documenten documenten) {
        this.handhaving = handhaving;
        this.inburgeraars = inburgeraars;
        this.huisstijlen = huisstijlen;
        this.sjablonen = sjablonen;
        this.documenten = documenten;
    }

    /**
     * The letters of the person's cases that exist (their step was taken), oldest first, for the person's own
     * portal (issue 18): the same PDFs as the consulent's. A logged read.
     */
    public List<Verzonden> verzonden(UUID inburgeraarId) {
        return handhaving.zaken(inburgeraarId).stream()
                .flatMap(zaak -> Arrays.stream(Brief.values())
                        .filter(brief -> brief.bestaat(zaak))
                        .map(brief -> new Verzonden(zaak.kern().id(), brief, brief.datum(zaak))))
                .sorted(Comparator.comparing(Verzonden::datum))
                .toList();
    }

    /** One letter of a case that exists: the case, the kind of letter and its date. */
    public record Verzonden(UUID zaakId, Brief brief, LocalDate datum) {}

    /** The letter as PDF; a case of another person or gemeente is not found (404), a letter not yet due 409. */
    public ResponseEntity<byte[]> brief(UUID inburgeraarId, UUID zaakId, Brief brief, boolean inline) {
        Zaakgegevens zaak = handhaving.zaak(inburgeraarId, zaakId);
        if (!brief.bestaat(zaak)) {
            throw new Conflict("handhaving.brief", "Deze brief bestaat nog niet: de stap is nog niet gezet.");
        }
        Geadresseerde geadresseerde = inburgeraars.geadresseerde(inburgeraarId);
        Huisstijl huisstijl = huisstijlen.huidige();
        Map<String, Object> velden = new HashMap<>();
        velden.put("huisstijl", huisstijl);
        velden.put("gemeentenaam", huisstijl.officieleNaam().replaceFirst("(?i)^gemeente\\s+", ""));
        velden.put(
                "logo",
                huisstijl.heeftLogo()
                        ? "data:image/png;base64," + Base64.getEncoder().encodeToString(huisstijl.logoPng())
                        : null);
        velden.put("naam", geadresseerde.naam());
        velden.put("adres", geadresseerde.adres().orElse(null));
        velden.put("zaak", zaak);
        velden.put("brief", brief.name());
        velden.put("datum", brief.datum(zaak));
        velden.put("titel", brief.titel());
        velden.put("kenmerk", HandhavingBeheer.kenmerk(zaakId));
        byte[] pdf = documenten.pdfA(sjablonen.process("brieven/handhaving", new Context(NEDERLANDS, velden)));
        ContentDisposition bestand = (inline ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(brief.pad() + "-" + HandhavingBeheer.kenmerk(zaakId) + ".pdf")
                .build();
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, bestand.toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(pdf);
    }
}
