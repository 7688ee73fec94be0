package nl.openinburgering.rapportage.web;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import nl.openinburgering.platform.Documenten;
import nl.openinburgering.platform.HuisstijlBeheer;
import nl.openinburgering.platform.web.Formulierfouten;
import nl.openinburgering.platform.web.Formuliervelden;
import nl.openinburgering.rapportage.Halfjaar;
import nl.openinburgering.rapportage.HalfjaarRapportage;
import nl.openinburgering.rapportage.Halfjaarrapport;
import nl.openinburgering.rapportage.Rapporttabel;
import nl.openinburgering.shared.OngeldigeInvoer;
import nl.openinburgering.shared.Vandaag;
import nl.openinburgering.shared.Veldfout;

/**
 * D10: the half-year report to the raad for the beleidsmedewerker: a period picker (every half year since the
 * law took effect), the tables of the chosen half year with the previous one beside them and a bar chart
 * (server-side SVG) beside each table; the same tables as an Excel workbook and as a PDF/A for the
 * raadsinformatiebrief; and the huisvestingstaakstelling per half year, a setting. Aggregates only.
 */
@Controller
class HalfjaarController {

    /** The Wet inburgering 2021 took effect on 1 January 2022: the first half year a report can cover. */
    static final Halfjaar EERSTE = new Halfjaar(2022, 1);

    private static final Locale NEDERLANDS = Locale.of("nl", "NL");
    private static final Formuliervelden VELDEN = Formuliervelden.van(Map.of("aantal", "taakstelling"), "taakstelling")
            .inVolgorde(List.of("taakstelling"));

    private static final Formuliervelden PERIODEVELD =
            Formuliervelden.van(Map.of("periode", "periode"), "periode").inVolgorde(List.of("periode"));

    private final HalfjaarRapportage rapportage;
    private final Documenten documenten;
    private final HuisstijlBeheer huisstijl;
    private final ITemplateEngine sjablonen;
    private final Formulierfouten formulierfouten;
    private final Clock klok;

    HalfjaarController(
            HalfjaarRapportage rapportage,
            Documenten documenten,
            HuisstijlBeheer huisstijl,
            ITemplateEngine sjablonen,
            Formulierfouten formulierfouten,
            Clock klok) {
        this.rapportage = rapportage;
        this.documenten = documenten;
        this.huisstijl = huisstijl;
        this.sjablonen = sjablonen;
        this.formulierfouten = formulierfouten;
        this.klok = klok;
    }

    /** An unreadable period shows the last completed half year with the finding on the picker (status 400). */
    @GetMapping("/rapportages/halfjaar")
    String toon(@RequestParam(required = false) @Nullable String periode, Model model, HttpServletResponse antwoord) {
        return formulierfouten
                .bij(model, antwoord, PERIODEVELD)
                .verwerk(() -> toon(periode(periode), model), () -> toon(periode(null), model));
    }

    private String toon(Halfjaar gekozen, Model model) {
        Halfjaarrapport rapport = rapportage.rapport(gekozen);
        List<Rapporttabel> tabellen = rapport.tabellen();
        model.addAttribute("periode", gekozen);
        model.addAttribute("perioden", perioden());
        model.addAttribute("rapport", rapport);
        model.addAttribute("tabellen", tabellen);
        model.addAttribute("grafieken", tabellen.stream().map(Staafdiagram::svg).toList());
        if (!model.containsAttribute("taakstelling")) {
            model.addAttribute("taakstelling", rapport.huidig().taakstelling());
        }
        return "rapportage/halfjaar";
    }

    @PostMapping("/rapportages/halfjaar/taakstelling")
    String stelTaakstellingIn(
            @RequestParam String periode,
            @RequestParam(name = "taakstelling", required = false) @Nullable String aantal,
            Model model,
            RedirectAttributes vervolg,
            HttpServletResponse antwoord) {
        Halfjaar gekozen = periode(periode);
        return formulierfouten
                .bij(model, antwoord, VELDEN)
                .verwerk(
                        () -> {
                            rapportage.stelTaakstellingIn(gekozen, aantal(aantal));
                            vervolg.addFlashAttribute("melding", "halfjaar.melding.taakstelling");
                            return "redirect:/rapportages/halfjaar?periode=" + gekozen.code();
                        },
                        () -> {
                            model.addAttribute("taakstelling", aantal);
                            return toon(gekozen, model);
                        });
    }

    @GetMapping("/rapportages/halfjaar.xlsx")
    ResponseEntity<byte[]> excel(@RequestParam(required = false) @Nullable String periode) {
        Halfjaar gekozen = periode(periode);
        return bestand(
                Halfjaarexcel.van(rapportage.rapport(gekozen).tabellen()),
                "halfjaarrapportage-" + gekozen.code() + ".xlsx",
                MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    }

    @GetMapping("/rapportages/halfjaar.pdf")
    ResponseEntity<byte[]> pdf(@RequestParam(required = false) @Nullable String periode) {
        Halfjaar gekozen = periode(periode);
        List<Rapporttabel> tabellen = rapportage.rapport(gekozen).tabellen();
        Context context = new Context(NEDERLANDS);
        context.setVariable("periode", gekozen);
        context.setVariable("gemeente", huisstijl.huidige().officieleNaam());
        context.setVariable("tabellen", tabellen);
        context.setVariable(
                "grafieken", tabellen.stream().map(Staafdiagram::svg).toList());
        byte[] pdf = documenten.pdfA(sjablonen.process("rapportage/halfjaar-pdf", context));
        return bestand(pdf, "halfjaarrapportage-" + gekozen.code() + ".pdf", MediaType.APPLICATION_PDF);
    }

    /** The chosen half year, or the last completed one. */
    private Halfjaar periode(@Nullable String tekst) {
        return tekst == null || tekst.isBlank()
                ? Halfjaar.met(Vandaag.datum(klok)).vorige()
                : Halfjaar.van(tekst);
    }

    /** Every half year from 2022 to the current one, newest first. */
    private List<Halfjaar> perioden() {
        List<Halfjaar> lijst = new ArrayList<>();
        for (Halfjaar h = Halfjaar.met(Vandaag.datum(klok)); h.compareTo(EERSTE) >= 0; h = h.vorige()) {
            lijst.add(h);
        }
        return lijst;
    }

    private static @Nullable Integer aantal(@Nullable String tekst) {
        if (tekst == null || tekst.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(tekst.strip().replace(".", ""));
        } catch (NumberFormatException onleesbaar) {
            throw new OngeldigeInvoer(new Veldfout("aantal", "aantal.ongeldig", "Vul een geheel aantal personen in."));
        }
    }

    private static ResponseEntity<byte[]> bestand(byte[] inhoud, String naam, MediaType soort) {
        return ResponseEntity.ok()
                .contentType(soort)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(naam).build().toString())
                .body(inhoud);
    }
}
