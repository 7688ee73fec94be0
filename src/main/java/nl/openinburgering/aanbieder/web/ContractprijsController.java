package nl.openinburgering.aanbieder.web;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.openinburgering.aanbieder.AanbiederRegister;
import nl.openinburgering.aanbieder.Contractprijzen;
import nl.openinburgering.aanbieder.Deelnamesoort;
import nl.openinburgering.platform.web.Formulierfouten;
import nl.openinburgering.platform.web.Formuliervelden;
import nl.openinburgering.shared.Leerroute;
import nl.openinburgering.shared.NietGevonden;
import nl.openinburgering.shared.OngeldigeInvoer;
import nl.openinburgering.shared.Veldfout;

/** The functioneel beheerder sets the price per contract, kind and route (D8); the begroting counts with it (D6). */
@Controller
@RequestMapping("/beheer/contractprijzen")
class ContractprijsController {

    private static final DecimalFormatSymbols NL = DecimalFormatSymbols.getInstance(Locale.of("nl", "NL"));

    private final Contractprijzen prijzen;
    private final AanbiederRegister aanbieders;
    private final Formulierfouten formulierfouten;

    ContractprijsController(Contractprijzen prijzen, AanbiederRegister aanbieders, Formulierfouten formulierfouten) {
        this.prijzen = prijzen;
        this.aanbieders = aanbieders;
        this.formulierfouten = formulierfouten;
    }

    /** One price as the page lists it. */
    public record Regel(
            String aanbieder, Deelnamesoort soort, @Nullable Leerroute route, String prijs) {}

    @GetMapping
    String toon(Model model) {
        model.addAttribute(
                "prijzen",
                prijzen.prijzen().stream()
                        .map(p -> new Regel(
                                p.aanbiederNaam(),
                                p.soort(),
                                p.leerroute().orElse(null),
                                "€ "
                                        + new DecimalFormat("#,##0.00", NL)
                                                .format(BigDecimal.valueOf(p.prijsInCenten())
                                                        .movePointLeft(2))))
                        .toList());
        model.addAttribute("aanbieders", aanbieders.gecontracteerd());
        // R2.9: a self-paid leerroute has no contract price.
        model.addAttribute(
                "soorten",
                java.util.Arrays.stream(Deelnamesoort.values())
                        .filter(s -> s != Deelnamesoort.LEERROUTE_ZELFBETAALD)
                        .toList());
        model.addAttribute("routes", Leerroute.values());
        return "aanbieder/contractprijzen";
    }

    @PostMapping
    String stelIn(
            @RequestParam(name = "prijsAanbieder", required = false) @Nullable String aanbieder,
            @RequestParam(name = "prijsSoort", required = false) @Nullable String soort,
            @RequestParam(name = "prijsRoute", required = false) @Nullable String route,
            @RequestParam(name = "contractprijs", required = false) @Nullable String prijs,
            Model model,
            RedirectAttributes vervolg,
            HttpServletResponse antwoord) {
        return formulierfouten
                .bij(
                        model,
                        antwoord,
                        Formuliervelden.van(
                                        Map.of(
                                                "soort", "prijsSoort",
                                                "leerroute", "prijsRoute",
                                                "prijs", "contractprijs",
                                                "aanbiederId", "prijsAanbieder"),
                                        "contractprijs")
                                .inVolgorde(List.of("prijsSoort", "prijsRoute", "contractprijs")))
                .verwerk(
                        () -> {
                            UUID id;
                            try {
                                id = UUID.fromString(aanbieder == null ? "" : aanbieder);
                            } catch (IllegalArgumentException onbekend) {
                                throw new NietGevonden("Aanbieder");
                            }
                            prijzen.stelIn(id, soort(soort), route(route), bedrag(prijs));
                            vervolg.addFlashAttribute("melding", "contractprijs.opgeslagen");
                            return "redirect:/beheer/contractprijzen";
                        },
                        () -> {
                            model.addAttribute("prijsAanbieder", aanbieder);
                            model.addAttribute("prijsSoort", soort);
                            model.addAttribute("prijsRoute", route);
                            model.addAttribute("contractprijs", prijs);
                            return toon(model);
                        });
    }

    private static @Nullable Deelnamesoort soort(@Nullable String tekst) {
        try {
            return tekst == null || tekst.isBlank() ? null : Deelnamesoort.valueOf(tekst);
        } catch (IllegalArgumentException onbekend) {
            return null;
        }
    }

    private static @Nullable Leerroute route(@Nullable String tekst) {
        try {
            return tekst == null || tekst.isBlank() ? null : Leerroute.valueOf(tekst);
        } catch (IllegalArgumentException onbekend) {
            return null;
        }
    }

    private static @Nullable BigDecimal bedrag(@Nullable String tekst) {
        if (tekst == null || tekst.isBlank()) {
            return null;
        }
        String schoon = tekst.strip().replace("€", "").replace(" ", "");
        schoon = schoon.matches(".*,\\d{1,2}$") ? schoon.replace(".", "").replace(',', '.') : schoon.replace(",", "");
        try {
            return new BigDecimal(schoon);
        } catch (NumberFormatException onleesbaar) {
            throw new OngeldigeInvoer(
                    new Veldfout("prijs", "bedrag.ongeldig", "Vul een prijs in euro in, zoals 10000,00."));
        }
    }
}
