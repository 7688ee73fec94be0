package nl.openinburgering.portaal.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

import nl.openinburgering.handhaving.web.Brief;
import nl.openinburgering.handhaving.web.HandhavingBrieven;
import nl.openinburgering.leerroute.ZrouteBeheer;
import nl.openinburgering.leerroute.web.Certificaatbrief;
import nl.openinburgering.portaal.MijnOverzicht;
import nl.openinburgering.portaal.PortaalBeheer;
import nl.openinburgering.pvt.Bijeenkomst;
import nl.openinburgering.pvt.Groepsplanning;
import nl.openinburgering.pvt.PvtBeheer;
import nl.openinburgering.pvt.web.PvtBrieven;
import nl.openinburgering.shared.Conflict;

/**
 * Every letter the system makes for the person, on {@code /mijn/brieven} (issue 18): the beschikking of the PIP,
 * the handhaving letters (warning, voornemen, boetebeschikking, decision not to fine), the PVT certificate, the
 * invitations to the PVT/MAP groups with coming sessions and the Z-route certificate. Each opens as the same PDF
 * (in Dutch) that the consulent gets, made by the owning module. No URL names the person: the id comes from the
 * account, so a case, group or letter of anyone else is "not found" (404), and each opening is logged.
 */
@Controller
@RequestMapping("/mijn/brieven")
class BrievenController {

    private final PortaalBeheer portaal;
    private final HandhavingBrieven handhaving;
    private final PvtBrieven pvtBrieven;
    private final PvtBeheer pvt;
    private final Groepsplanning planning;
    private final Certificaatbrief zrouteCertificaat;
    private final ZrouteBeheer zroutes;

    BrievenController(
            PortaalBeheer portaal,
            HandhavingBrieven handhaving,
            PvtBrieven pvtBrieven,
            PvtBeheer pvt,
            Groepsplanning planning,
            Certificaatbrief zrouteCertificaat,
            ZrouteBeheer zroutes) {
        this.portaal = portaal;
        this.handhaving = handhaving;
        this.pvtBrieven = pvtBrieven;
        this.pvt = pvt;
        this.planning = planning;
        this.zrouteCertificaat = zrouteCertificaat;
        this.zroutes = zroutes;
    }

    /** One line of the list: the kind (a message key {@code portaal.brieven.soort.<soort>}), its date and link. */
    record Regel(String soort, LocalDate datum, String href) {}

    @GetMapping
    String lijst(Model model) {
        MijnOverzicht mijn = portaal.overzicht();
        UUID id = mijn.inburgeraarId();
        List<Regel> regels = new ArrayList<>();
        mijn.pip()
                .ifPresent(pip -> regels.add(new Regel(
                        "BESCHIKKING", pip.dagtekening().orElse(LocalDate.MIN), "/mijn/brieven/" + pip.id() + ".pdf")));
        for (HandhavingBrieven.Verzonden brief : handhaving.verzonden(id)) {
            regels.add(new Regel(
                    brief.brief().name(),
                    brief.datum(),
                    "/mijn/brieven/handhaving/" + brief.zaakId() + "/"
                            + brief.brief().pad() + ".pdf"));
        }
        LocalDate ondertekend = pvt.ondertekeningen(List.of(id)).get(id);
        if (ondertekend != null) {
            regels.add(new Regel("PVT_CERTIFICAAT", ondertekend, "/mijn/brieven/pvt-certificaat.pdf"));
        }
        Map<UUID, LocalDate> groepen = new LinkedHashMap<>();
        for (Bijeenkomst b : planning.komendeBijeenkomsten(id)) {
            groepen.merge(b.groepId(), b.datum(), (a, c) -> a.isBefore(c) ? a : c);
        }
        groepen.forEach((groep, eerste) ->
                regels.add(new Regel("UITNODIGING", eerste, "/mijn/brieven/uitnodigingen/" + groep + ".pdf")));
        zroutes.afronding(id)
                .ifPresent(a -> regels.add(
                        new Regel("ZROUTE_CERTIFICAAT", a.datumEindgesprek(), "/mijn/brieven/zroute-certificaat.pdf")));
        regels.sort(Comparator.comparing(Regel::datum).reversed());
        model.addAttribute("mijn", mijn);
        model.addAttribute("brieven", regels);
        model.addAttribute("portaal", true);
        return "portaal/brieven";
    }

    @GetMapping("/handhaving/{zaakId}/{brief}.pdf")
    ResponseEntity<byte[]> handhavingsbrief(@PathVariable UUID zaakId, @PathVariable String brief) {
        return handhaving.brief(portaal.briefOpenen(), zaakId, Brief.vanPad(brief), false);
    }

    @GetMapping("/pvt-certificaat.pdf")
    ResponseEntity<byte[]> pvtCertificaat() {
        return pvtBrieven.certificaat(portaal.briefOpenen(), false);
    }

    @GetMapping("/uitnodigingen/{groepId}.pdf")
    ResponseEntity<byte[]> uitnodiging(@PathVariable UUID groepId) {
        return pvtBrieven.uitnodiging(groepId, portaal.briefOpenen(), false);
    }

    @GetMapping("/zroute-certificaat.pdf")
    ResponseEntity<byte[]> zrouteCertificaat() {
        return zrouteCertificaat.pdf(portaal.briefOpenen(), false);
    }

    /** A letter whose step was not taken yet does not exist for the person: 404, as any unknown letter. */
    @ExceptionHandler(Conflict.class)
    void geenBrief(HttpServletResponse antwoord) throws IOException {
        antwoord.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
}
