package nl.openinburgering.begroting.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.openinburgering.begroting.BegrotingBeheer;
import nl.openinburgering.begroting.Budgetrealisatie;
import nl.openinburgering.begroting.Tolkinzet;
import nl.openinburgering.platform.web.Formulierfouten;
import nl.openinburgering.platform.web.Formuliervelden;
import nl.openinburgering.shared.NietGevonden;
import nl.openinburgering.shared.OngeldigeInvoer;
import nl.openinburgering.shared.Vandaag;
import nl.openinburgering.shared.Veldfout;

/**
 * The budget realisation per year for the beleidsmedewerker (D6): committed, spent and forecast per component
 * against the SPUK and the uitvoeringsbudget, and the register of interpreters (add; remove after confirming).
 */
@Controller
@RequestMapping("/begroting")
class RealisatieController {

    private final BegrotingBeheer begroting;
    private final Formulierfouten formulierfouten;
    private final Clock klok;

    RealisatieController(BegrotingBeheer begroting, Formulierfouten formulierfouten, Clock klok) {
        this.begroting = begroting;
        this.formulierfouten = formulierfouten;
        this.klok = klok;
    }

    /** Interpreters per page of the list. */
    static final int PAGINAGROOTTE = 20;

    @GetMapping("/realisatie")
    String realisatie(
            @RequestParam(name = "jaar", required = false) @Nullable String jaar,
            @RequestParam(name = "pagina", required = false, defaultValue = "0") int pagina,
            Model model) {
        int gekozen = Vandaag.datum(klok).getYear();
        if (jaar != null && jaar.strip().matches("20\\d\\d") && Integer.parseInt(jaar.strip()) >= 2021) {
            gekozen = Integer.parseInt(jaar.strip());
        } else if (jaar != null && !jaar.isBlank()) {
            model.addAttribute("fouten", Map.of("jaar", "Vul een jaar in vanaf 2021, zoals 2026."));
        }
        Budgetrealisatie realisatie =
                begroting.realisatie(LocalDate.of(gekozen, 1, 1), LocalDate.of(gekozen + 1, 1, 1));
        model.addAttribute("jaar", gekozen);
        model.addAttribute("realisatie", realisatie);
        model.addAttribute("tabel", Realisatietabel.van(realisatie));
        List<TolkRegel> tolken = begroting.tolken(gekozen).stream()
                .map(t -> new TolkRegel(t.id(), t.datum(), t.omschrijving(), Bedrag.euro(t.bedragInCenten())))
                .toList();
        int paginas = Math.max(1, (tolken.size() + PAGINAGROOTTE - 1) / PAGINAGROOTTE);
        int huidige = Math.max(0, Math.min(pagina, paginas - 1));
        model.addAttribute(
                "tolken",
                tolken.subList(huidige * PAGINAGROOTTE, Math.min(tolken.size(), (huidige + 1) * PAGINAGROOTTE)));
        model.addAttribute("tolkPagina", huidige);
        model.addAttribute("tolkPaginas", paginas);
        model.addAttribute("tolkTotaal", tolken.size());
        model.addAttribute("peildatum", realisatie.periode().peildatum());
        return "begroting/realisatie";
    }

    @PostMapping("/tolken")
    String tolk(
            @RequestParam(name = "tolkDatum", required = false) @Nullable String datum,
            @RequestParam(name = "tolkOmschrijving", required = false) @Nullable String omschrijving,
            @RequestParam(name = "tolkBedrag", required = false) @Nullable String bedrag,
            Model model,
            RedirectAttributes vervolg,
            HttpServletResponse antwoord) {
        return formulierfouten
                .bij(
                        model,
                        antwoord,
                        Formuliervelden.van(
                                        Map.of(
                                                "tolkDatum", "tolkDatum",
                                                "tolkOmschrijving", "tolkOmschrijving",
                                                "tolkBedrag", "tolkBedrag"),
                                        "tolkOmschrijving")
                                .inVolgorde(List.of("tolkDatum", "tolkOmschrijving", "tolkBedrag")))
                .verwerk(
                        () -> {
                            Tolkinzet t = begroting.registreerTolk(
                                    datum(datum), omschrijving, Bedrag.centen(bedrag, "tolkBedrag"));
                            vervolg.addFlashAttribute("melding", "begroting.tolk.opgeslagen");
                            return "redirect:/begroting/realisatie?jaar="
                                    + t.datum().getYear();
                        },
                        () -> {
                            model.addAttribute("tolkDatum", datum);
                            model.addAttribute("tolkOmschrijving", omschrijving);
                            model.addAttribute("tolkBedrag", bedrag);
                            return realisatie(null, 0, model);
                        });
    }

    @GetMapping("/tolken/{id}/verwijderen")
    String verwijderVraag(@PathVariable UUID id, @RequestParam("jaar") int jaar, Model model) {
        Tolkinzet tolk = begroting.tolken(jaar).stream()
                .filter(t -> t.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new NietGevonden("Tolkinzet"));
        model.addAttribute("tolk", tolk);
        model.addAttribute("bedrag", Bedrag.euro(tolk.bedragInCenten()));
        return "begroting/tolk-verwijderen";
    }

    @PostMapping("/tolken/{id}/verwijderen")
    String verwijder(@PathVariable UUID id, @RequestParam("jaar") int jaar, RedirectAttributes vervolg) {
        begroting.verwijderTolk(id);
        vervolg.addFlashAttribute("melding", "begroting.tolk.verwijderd");
        return "redirect:/begroting/realisatie?jaar=" + jaar;
    }

    /** One interpreter entry as the page lists it. */
    public record TolkRegel(UUID id, LocalDate datum, String omschrijving, String bedrag) {}

    private static @Nullable LocalDate datum(@Nullable String tekst) {
        try {
            return tekst == null || tekst.isBlank() ? null : LocalDate.parse(tekst.strip());
        } catch (java.time.format.DateTimeParseException onleesbaar) {
            throw new OngeldigeInvoer(new Veldfout("tolkDatum", "datum.ongeldig", "Vul een geldige datum in."));
        }
    }
}
