package nl.openinburgering.begroting.web;

import java.util.List;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.openinburgering.begroting.BegrotingActies;
import nl.openinburgering.begroting.BegrotingBeheer;
import nl.openinburgering.begroting.Figuur11;
import nl.openinburgering.begroting.Prognose;
import nl.openinburgering.begroting.Rekentool;
import nl.openinburgering.platform.HuidigeGebruiker;
import nl.openinburgering.platform.web.Formulierfouten;
import nl.openinburgering.platform.web.Formuliervelden;
import nl.openinburgering.shared.NietGevonden;

/**
 * The SPUK rekentool for the beleidsmedewerker (D6): the prognosis per year of housing (a form), the output table in
 * the shape of figure 1.1 with its comparison with the figure, the definitive settlement on the registry's numbers,
 * and the table as Excel.
 */
@Controller
@RequestMapping("/begroting")
class BegrotingController {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private static final Formuliervelden PROGNOSEVELDEN = Formuliervelden.van(
                    Map.of(
                            "jaar",
                            "prognoseJaar",
                            "taakstelling",
                            "taakstelling",
                            "gezinsmigranten",
                            "gezinsmigranten",
                            "factor",
                            "factor"),
                    "taakstelling")
            .inVolgorde(List.of("prognoseJaar", "taakstelling", "gezinsmigranten", "factor"));

    private final BegrotingBeheer begroting;
    private final Formulierfouten formulierfouten;

    BegrotingController(BegrotingBeheer begroting, Formulierfouten formulierfouten) {
        this.begroting = begroting;
        this.formulierfouten = formulierfouten;
    }

    @GetMapping
    String rekentool(Model model) {
        Rekentool tool = begroting.rekentool();
        model.addAttribute("tool", tool);
        model.addAttribute("tabel", Rekentooltabel.van(tool.raming()));
        model.addAttribute("vergelijking", Figuurvergelijking.van(tool.figuurvergelijking()));
        model.addAttribute("afrekening", Afrekeningstabel.van(tool.afrekening()));
        model.addAttribute("prijzen", Prijsregels.van(tool.raming()));
        model.addAttribute(
                "acties", BegrotingActies.voor(HuidigeGebruiker.vereist().rol()));
        model.addAttribute("verschuiving", -Figuur11.JAARVERSCHUIVING);
        if (!model.containsAttribute("factor")) {
            model.addAttribute("factor", Prognose.STANDAARD_FACTOR.toPlainString());
        }
        return "begroting/rekentool";
    }

    @PostMapping("/prognose")
    String prognose(
            @RequestParam(name = "prognoseJaar", required = false) @Nullable String jaar,
            @RequestParam(name = "taakstelling", required = false) @Nullable String taakstelling,
            @RequestParam(name = "gezinsmigranten", required = false) @Nullable String gezinsmigranten,
            @RequestParam(name = "factor", required = false) @Nullable String factor,
            Model model,
            RedirectAttributes vervolg,
            HttpServletResponse antwoord) {
        return formulierfouten
                .bij(model, antwoord, PROGNOSEVELDEN)
                .verwerk(
                        () -> {
                            Prognose p = begroting.stelPrognoseIn(new Prognose(
                                    Bedrag.geheel(jaar, "jaar", "2026"),
                                    Bedrag.geheel(taakstelling, "taakstelling", "22"),
                                    Bedrag.geheel(gezinsmigranten, "gezinsmigranten", "3"),
                                    Bedrag.procent(factor, "factor")));
                            vervolg.addFlashAttribute("melding", "begroting.prognose.opgeslagen");
                            vervolg.addFlashAttribute("meldingArgumenten", new Object[] {String.valueOf(p.jaar())});
                            return "redirect:/begroting";
                        },
                        () -> {
                            model.addAttribute("prognoseJaar", jaar);
                            model.addAttribute("taakstelling", taakstelling);
                            model.addAttribute("gezinsmigranten", gezinsmigranten);
                            model.addAttribute("factor", factor);
                            return rekentool(model);
                        });
    }

    @GetMapping("/prognose/{jaar}/verwijderen")
    String verwijderVraag(@PathVariable int jaar, Model model) {
        boolean bestaat = begroting.rekentool().raming().jaren().contains(jaar);
        if (!bestaat) {
            throw new NietGevonden("Prognose");
        }
        model.addAttribute("jaar", jaar);
        return "begroting/prognose-verwijderen";
    }

    @PostMapping("/prognose/{jaar}/verwijderen")
    String verwijder(@PathVariable int jaar, RedirectAttributes vervolg) {
        begroting.verwijderPrognose(jaar);
        vervolg.addFlashAttribute("melding", "begroting.prognose.verwijderd");
        vervolg.addFlashAttribute("meldingArgumenten", new Object[] {String.valueOf(jaar)});
        return "redirect:/begroting";
    }

    @GetMapping("/rekentool.xlsx")
    ResponseEntity<byte[]> excel() {
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("spuk-rekentool.xlsx")
                                .build()
                                .toString())
                .body(Rekentoolexcel.van(
                        Rekentooltabel.van(begroting.rekentool().raming())));
    }
}
