package nl.openinburgering.pip.web;

import java.time.LocalDate;
import java.util.Base64;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import nl.openinburgering.inburgeraar.Examendeel;
import nl.openinburgering.pip.Beschikking;
import nl.openinburgering.pip.PipBeheer;
import nl.openinburgering.platform.Documenten;
import nl.openinburgering.platform.Huisstijl;
import nl.openinburgering.platform.HuisstijlBeheer;
import nl.openinburgering.shared.Vandaag;

/**
 * R3.2: the beschikking letter of a vastgesteld PIP as PDF/A, on the gemeente's letterhead, with the bezwaar
 * clause. Shared by the API, the UI and the inburgeraar's portal (module portaal, through this package's named
 * interface) so all give exactly the same document.
 */
@Component
public class Beschikkingsbrief {

    static final String SJABLOON = "brieven/beschikking-pip";
    private static final Locale NEDERLANDS = Locale.of("nl", "NL");

    private final PipBeheer pips;
    private final HuisstijlBeheer huisstijlen;
    private final ITemplateEngine sjablonen;
    private final Documenten documenten;

    Beschikkingsbrief(PipBeheer pips, HuisstijlBeheer huisstijlen, ITemplateEngine sjablonen, Documenten documenten) {
        this.pips = pips;
        this.huisstijlen = huisstijlen;
        this.sjablonen = sjablonen;
        this.documenten = documenten;
    }

    /** The letter as PDF/A; a draft PIP is a conflict (409), a PIP of another gemeente is not found (404). */
    public Brief maak(UUID inburgeraarId, UUID pipId) {
        Beschikking beschikking = pips.beschikking(inburgeraarId, pipId);
        Huisstijl huisstijl = huisstijlen.huidige();
        return new Brief(
                "beschikking-" + beschikking.kenmerk() + ".pdf", documenten.pdfA(html(beschikking, huisstijl)));
    }

    static String gemeentenaam(Huisstijl huisstijl) {
        return huisstijl.officieleNaam().replaceFirst("(?i)^gemeente\\s+", "");
    }

    private static String onderdeelnaam(Examendeel deel) {
        return switch (deel) {
            case LE -> "Lezen";
            case LU -> "Luisteren";
            case SC -> "Schrijven";
            case SP -> "Spreken";
            case KNM -> "Kennis van de Nederlandse Maatschappij (KNM)";
        };
    }

    private String html(Beschikking beschikking, Huisstijl huisstijl) {
        Map<String, Object> velden = new HashMap<>();
        velden.put("pip", beschikking.pip());
        velden.put("naam", beschikking.geadresseerde().naam());
        velden.put("adres", beschikking.geadresseerde().adres().orElse(null));
        velden.put("dagtekening", beschikking.pip().dagtekening().orElseThrow());
        velden.put("kenmerk", beschikking.kenmerk());
        velden.put("termijn", beschikking.inburgeringstermijn().orElse(null));
        // R1.7, R1.9: the parts a partial vrijstelling or ontheffing covers, in DUO's order, by their Dutch names
        velden.put(
                "vrijgesteld",
                beschikking.vrijgesteldeOnderdelen().stream()
                        .sorted()
                        .map(Beschikkingsbrief::onderdeelnaam)
                        .toList());
        velden.put(
                "vaststellingsdag",
                beschikking
                        .pip()
                        .vastgesteldOp()
                        .map(op -> LocalDate.ofInstant(op, Vandaag.NEDERLAND))
                        .orElse(null));
        velden.put("zelfBetaald", beschikking.leerrouteZelfBetaald());
        // R3.11: the skills afschalen lowered to A2, by their Dutch names
        velden.put(
                "afgeschaald",
                beschikking.pip().afschalingVaardigheden().stream()
                        .map(Beschikkingsbrief::onderdeelnaam)
                        .toList());
        velden.put("huisstijl", huisstijl);
        velden.put("gemeentenaam", gemeentenaam(huisstijl));
        velden.put(
                "logo",
                huisstijl.heeftLogo()
                        ? "data:image/png;base64," + Base64.getEncoder().encodeToString(huisstijl.logoPng())
                        : null);
        return sjablonen.process(SJABLOON, new Context(NEDERLANDS, velden));
    }

    /** A file name without personal data: it ends up in download folders and mail subjects. */
    public record Brief(String bestandsnaam, byte[] pdf) {}
}
