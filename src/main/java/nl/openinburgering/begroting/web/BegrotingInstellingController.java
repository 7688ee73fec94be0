package nl.openinburgering.begroting.web;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.openinburgering.begroting.BegrotingBeheer;
import nl.openinburgering.begroting.SpukPrijzen;
import nl.openinburgering.platform.web.Formulierfouten;
import nl.openinburgering.platform.web.Formuliervelden;

/**
 * The functioneel beheerder's settings of the begroting (D6): the SPUK prices per year of housing (cents), the
 * uitvoeringsbudget per year, and the administration cost per transfer of the ontzorging.
 */
@Controller
@RequestMapping("/beheer/begroting")
class BegrotingInstellingController {

    private static final Formuliervelden PRIJSVELDEN = Formuliervelden.van(
                    Map.of(
                            "jaar", "prijsJaar",
                            "prijsJaarT", "prijsJaarT",
                            "prijsJaarT1", "prijsJaarT1",
                            "prijsJaarT2", "prijsJaarT2",
                            "prijsGezinsmigrant", "prijsGezinsmigrant"),
                    "prijsJaarT")
            .inVolgorde(List.of("prijsJaar", "prijsJaarT", "prijsJaarT1", "prijsJaarT2", "prijsGezinsmigrant"));

    private final BegrotingBeheer begroting;
    private final Formulierfouten formulierfouten;

    BegrotingInstellingController(BegrotingBeheer begroting, Formulierfouten formulierfouten) {
        this.begroting = begroting;
        this.formulierfouten = formulierfouten;
    }

    /** One year's prices as the page lists them. */
    public record Prijsrij(int jaar, String t, String t1, String t2, String gezinsmigrant) {}

    @GetMapping
    String toon(Model model) {
        model.addAttribute(
                "prijslijst",
                begroting.prijslijst().stream()
                        .map(p -> new Prijsrij(
                                p.jaar(),
                                Bedrag.euro(p.asielstatushouderJaarT()),
                                Bedrag.euro(p.asielstatushouderJaarT1()),
                                Bedrag.euro(p.asielstatushouderJaarT2()),
                                Bedrag.euro(p.gezinsmigrant())))
                        .toList());
        SpukPrijzen standaard = SpukPrijzen.standaard(2026);
        vul(model, "prijsJaarT", Bedrag.invoer(standaard.asielstatushouderJaarT()));
        vul(model, "prijsJaarT1", Bedrag.invoer(standaard.asielstatushouderJaarT1()));
        vul(model, "prijsJaarT2", Bedrag.invoer(standaard.asielstatushouderJaarT2()));
        vul(model, "prijsGezinsmigrant", Bedrag.invoer(standaard.gezinsmigrant()));
        vul(model, "perBetaling", Bedrag.invoer(begroting.ontzorgingPerBetaling()));
        return "begroting/instelling";
    }

    @PostMapping("/prijzen")
    String prijzen(
            @RequestParam(name = "prijsJaar", required = false) @Nullable String jaar,
            @RequestParam(name = "prijsJaarT", required = false) @Nullable String t,
            @RequestParam(name = "prijsJaarT1", required = false) @Nullable String t1,
            @RequestParam(name = "prijsJaarT2", required = false) @Nullable String t2,
            @RequestParam(name = "prijsGezinsmigrant", required = false) @Nullable String gezin,
            Model model,
            RedirectAttributes vervolg,
            HttpServletResponse antwoord) {
        return formulierfouten
                .bij(model, antwoord, PRIJSVELDEN)
                .verwerk(
                        () -> {
                            begroting.stelPrijzenIn(new SpukPrijzen(
                                    Bedrag.geheel(jaar, "jaar", "2026"),
                                    Bedrag.centen(t, "prijsJaarT"),
                                    Bedrag.centen(t1, "prijsJaarT1"),
                                    Bedrag.centen(t2, "prijsJaarT2"),
                                    Bedrag.centen(gezin, "prijsGezinsmigrant"),
                                    true));
                            vervolg.addFlashAttribute("melding", "begroting.prijzen.opgeslagen");
                            return "redirect:/beheer/begroting";
                        },
                        () -> {
                            model.addAttribute("prijsJaar", jaar);
                            model.addAttribute("prijsJaarT", t);
                            model.addAttribute("prijsJaarT1", t1);
                            model.addAttribute("prijsJaarT2", t2);
                            model.addAttribute("prijsGezinsmigrant", gezin);
                            return toon(model);
                        });
    }

    @PostMapping("/uitvoeringsbudget")
    String uitvoeringsbudget(
            @RequestParam(name = "budgetJaar", required = false) @Nullable String jaar,
            @RequestParam(name = "budgetBedrag", required = false) @Nullable String bedrag,
            Model model,
            RedirectAttributes vervolg,
            HttpServletResponse antwoord) {
        return formulierfouten
                .bij(
                        model,
                        antwoord,
                        Formuliervelden.van(
                                        Map.of("budgetJaar", "budgetJaar", "budgetBedrag", "budgetBedrag"),
                                        "budgetBedrag")
                                .inVolgorde(List.of("budgetJaar", "budgetBedrag")))
                .verwerk(
                        () -> {
                            begroting.stelUitvoeringsbudgetIn(
                                    Bedrag.geheel(jaar, "budgetJaar", "2026"), Bedrag.centen(bedrag, "budgetBedrag"));
                            vervolg.addFlashAttribute("melding", "begroting.uitvoeringsbudget.opgeslagen");
                            return "redirect:/beheer/begroting";
                        },
                        () -> {
                            model.addAttribute("budgetJaar", jaar);
                            model.addAttribute("budgetBedrag", bedrag);
                            return toon(model);
                        });
    }

    @PostMapping("/ontzorging")
    String ontzorging(
            @RequestParam(name = "perBetaling", required = false) @Nullable String bedrag,
            Model model,
            RedirectAttributes vervolg,
            HttpServletResponse antwoord) {
        return formulierfouten
                .bij(model, antwoord, Formuliervelden.alles("perBetaling"))
                .verwerk(
                        () -> {
                            begroting.stelOntzorgingPerBetalingIn(Bedrag.centen(bedrag, "perBetaling"));
                            vervolg.addFlashAttribute("melding", "begroting.ontzorging.opgeslagen");
                            return "redirect:/beheer/begroting";
                        },
                        () -> {
                            model.addAttribute("perBetaling", bedrag);
                            return toon(model);
                        });
    }

    private static void vul(Model model, String naam, String waarde) {
        if (!model.containsAttribute(naam)) {
            model.addAttribute(naam, waarde);
        }
    }
}
