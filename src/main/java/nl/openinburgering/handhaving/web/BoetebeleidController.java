package nl.openinburgering.handhaving.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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

import nl.openinburgering.handhaving.Boetebeleid;
import nl.openinburgering.handhaving.HandhavingBeheer;
import nl.openinburgering.platform.web.Formulierfouten;
import nl.openinburgering.platform.web.Formuliervelden;
import nl.openinburgering.shared.OngeldigeInvoer;
import nl.openinburgering.shared.Veldfout;

/**
 * D1, R9.2, R9.6, R9.7: the functioneel beheerder's page for the gemeente's fine policy: the ladder (first fine and
 * highest step), the culpability percentages, the terms of the warning, the zienswijze and the decision, and
 * whether offsetting against bijstand is allowed (R9.5). The statutory maxima (€250 intake, €800 PIP) are shown,
 * not editable: {@link Boetebeleid} keeps the ladder within them. The policy has no version, so the last save wins.
 */
@Controller
@RequestMapping("/beheer/handhaving")
class BoetebeleidController {

    static final List<String> BEDRAGEN = List.of("eersteBoete", "hoogsteTrede");
    static final List<String> GETALLEN = List.of(
            "procentVerminderd",
            "procentNormaal",
            "procentGroveSchuld",
            "procentOpzet",
            "waarschuwingstermijnDagen",
            "zienswijzetermijnDagen",
            "beslistermijnDagen");

    private final HandhavingBeheer handhaving;
    private final Formulierfouten formulierfouten;

    BoetebeleidController(HandhavingBeheer handhaving, Formulierfouten formulierfouten) {
        this.handhaving = handhaving;
        this.formulierfouten = formulierfouten;
    }

    @GetMapping
    String toon(Model model) {
        if (!model.containsAttribute("waarden")) {
            Boetebeleid b = handhaving.beleid();
            Map<String, String> waarden = new LinkedHashMap<>();
            waarden.put("eersteBoete", b.eersteBoete().toPlainString());
            waarden.put("hoogsteTrede", b.hoogsteTrede().toPlainString());
            waarden.put("procentVerminderd", String.valueOf(b.procentVerminderd()));
            waarden.put("procentNormaal", String.valueOf(b.procentNormaal()));
            waarden.put("procentGroveSchuld", String.valueOf(b.procentGroveSchuld()));
            waarden.put("procentOpzet", String.valueOf(b.procentOpzet()));
            waarden.put("waarschuwingstermijnDagen", String.valueOf(b.waarschuwingstermijnDagen()));
            waarden.put("zienswijzetermijnDagen", String.valueOf(b.zienswijzetermijnDagen()));
            waarden.put("beslistermijnDagen", String.valueOf(b.beslistermijnDagen()));
            model.addAttribute("waarden", waarden);
            model.addAttribute("verrekenen", b.verrekenenToegestaan());
        }
        model.addAttribute("intakeBoete", Boetebeleid.INTAKE_BOETE);
        model.addAttribute("maximumPipBoete", Boetebeleid.MAXIMUM_PIP_BOETE);
        return "beheer/handhaving";
    }

    @PostMapping
    String sla(
            @RequestParam Map<String, String> invoer,
            @RequestParam(name = "verrekenen", defaultValue = "false") boolean verrekenen,
            Model model,
            RedirectAttributes vervolg,
            HttpServletResponse antwoord) {
        List<String> volgorde = new ArrayList<>(BEDRAGEN);
        volgorde.addAll(GETALLEN);
        return formulierfouten
                .bij(model, antwoord, Formuliervelden.zelfde().inVolgorde(volgorde))
                .verwerk(
                        () -> {
                            handhaving.stelBeleidIn(beleid(invoer, verrekenen));
                            vervolg.addFlashAttribute("melding", "handhaving.beleid.opgeslagen");
                            return "redirect:/beheer/handhaving";
                        },
                        () -> {
                            Map<String, String> waarden = new LinkedHashMap<>();
                            volgorde.forEach(veld -> waarden.put(veld, invoer.getOrDefault(veld, "")));
                            model.addAttribute("waarden", waarden);
                            model.addAttribute("verrekenen", verrekenen);
                            return toon(model);
                        });
    }

    /** The form as a policy: unreadable or empty fields are field errors first, then D1/R9.2's own checks. */
    static Boetebeleid beleid(Map<String, String> invoer, boolean verrekenen) {
        List<Veldfout> fouten = new ArrayList<>();
        Map<String, BigDecimal> bedragen = new LinkedHashMap<>();
        for (String veld : BEDRAGEN) {
            BigDecimal bedrag = bedrag(invoer.get(veld));
            if (bedrag == null) {
                fouten.add(new Veldfout(veld, "bedrag.ongeldig", "Vul een bedrag in euro's in, zoals 50 of 49,50."));
            } else {
                bedragen.put(veld, bedrag);
            }
        }
        Map<String, Integer> getallen = new LinkedHashMap<>();
        for (String veld : GETALLEN) {
            Integer getal = getal(invoer.get(veld));
            if (getal == null) {
                fouten.add(new Veldfout(veld, "getal.ongeldig", "Vul een heel getal in."));
            } else {
                getallen.put(veld, getal);
            }
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
        return new Boetebeleid(
                bedragen.getOrDefault("eersteBoete", BigDecimal.ZERO),
                bedragen.getOrDefault("hoogsteTrede", BigDecimal.ZERO),
                getallen.getOrDefault("procentVerminderd", 0),
                getallen.getOrDefault("procentNormaal", 0),
                getallen.getOrDefault("procentGroveSchuld", 0),
                getallen.getOrDefault("procentOpzet", 0),
                getallen.getOrDefault("waarschuwingstermijnDagen", 0),
                getallen.getOrDefault("zienswijzetermijnDagen", 0),
                getallen.getOrDefault("beslistermijnDagen", 0),
                verrekenen);
    }

    private static @Nullable BigDecimal bedrag(@Nullable String waarde) {
        if (waarde == null || waarde.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(waarde.strip().replace(',', '.'));
        } catch (NumberFormatException onleesbaar) {
            return null;
        }
    }

    private static @Nullable Integer getal(@Nullable String waarde) {
        if (waarde == null || waarde.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(waarde.strip());
        } catch (NumberFormatException onleesbaar) {
            return null;
        }
    }
}
