package nl.openinburgering.werkvoorraad.web;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import nl.openinburgering.pip.PipConcept;
import nl.openinburgering.pip.PipWachtrij;
import nl.openinburgering.platform.web.Formulierfouten;
import nl.openinburgering.platform.web.Formuliervelden;
import nl.openinburgering.platform.web.Navigatie;
import nl.openinburgering.shared.OngeldigeInvoer;
import nl.openinburgering.shared.Vandaag;
import nl.openinburgering.shared.Veldfout;
import nl.openinburgering.werkvoorraad.Oplospagina;
import nl.openinburgering.werkvoorraad.Signaalsoort;
import nl.openinburgering.werkvoorraad.ToewijzingBeheer;
import nl.openinburgering.werkvoorraad.Urgentie;
import nl.openinburgering.werkvoorraad.WerkvoorraadActies;
import nl.openinburgering.werkvoorraad.WerkvoorraadBeheer;
import nl.openinburgering.werkvoorraad.Werkvoorraadfilter;
import nl.openinburgering.werkvoorraad.Werkvoorraadpagina;

/**
 * The worklist page: "mijn werkvoorraad" for a consulent, the team's for a teamleider, with filters (htmx
 * swaps the results, the plain form works without JavaScript), paging, and for the teamleider the
 * reassignment of the selected persons after a confirmation step.
 */
@Controller
@RequestMapping("/werkvoorraad")
class WerkvoorraadController {

    /** A person the domain cannot assign ({@code inburgeraarIds[2]}) is reported at the list as a whole. */
    private static final Formuliervelden TOEWIJZINGSVELDEN =
            Formuliervelden.hernoemd(Map.of("consulent", "naarConsulent"));

    /** The value of {@code terug} when the reassignment started in a person's file. */
    static final String DOSSIER = "dossier";

    private final WerkvoorraadBeheer werkvoorraad;
    private final ToewijzingBeheer toewijzingen;
    private final PipWachtrij wachtrij;
    private final Formulierfouten formulierfouten;
    private final Clock klok;

    WerkvoorraadController(
            WerkvoorraadBeheer werkvoorraad,
            ToewijzingBeheer toewijzingen,
            PipWachtrij wachtrij,
            Formulierfouten formulierfouten,
            Clock klok) {
        this.werkvoorraad = werkvoorraad;
        this.toewijzingen = toewijzingen;
        this.wachtrij = wachtrij;
        this.formulierfouten = formulierfouten;
        this.klok = klok;
    }

    @GetMapping
    String lijst(
            @RequestParam(required = false) String signaal,
            @RequestParam(required = false) String urgentie,
            @RequestParam(required = false) String consulent,
            @RequestParam(required = false) String sorteer,
            @RequestParam(defaultValue = "1") int pagina,
            Model model,
            HttpServletResponse antwoord) {
        return toon(filterOfAlles(signaal, urgentie, consulent, sorteer, Math.max(pagina, 1)), model);
    }

    /**
     * Step one of reassigning: checks the choice and shows a confirmation page; nothing changes yet. Step
     * two ({@code bevestigd}) reassigns all selected persons or none.
     */
    @PostMapping("/toewijzen")
    String toewijzen(
            @RequestParam(name = "inburgeraarIds", required = false) List<UUID> ids,
            @RequestParam(name = "naarConsulent", defaultValue = "") String naarConsulent,
            @RequestParam(defaultValue = "") String reden,
            @RequestParam(defaultValue = "false") boolean bevestigd,
            @RequestParam(required = false) String signaal,
            @RequestParam(required = false) String urgentie,
            @RequestParam(required = false) String consulent,
            @RequestParam(required = false) String terug,
            Model model,
            RedirectAttributes vervolg,
            HttpServletResponse antwoord) {
        List<UUID> gekozen = ids == null ? List.of() : List.copyOf(new LinkedHashSet<>(ids));
        // From a person's file (the teamleider reassigns one person there): the same checks and confirmation,
        // and back to the file afterwards.
        UUID dossier = DOSSIER.equals(terug) && gekozen.size() == 1 ? gekozen.getFirst() : null;
        return formulierfouten
                .bij(model, antwoord, TOEWIJZINGSVELDEN)
                // Two teamleiders at the same moment: the second sees, beside the consulent, why nothing changed.
                .metConflictBijVeld("toewijzing.gelijktijdig", "consulent")
                .verwerk(
                        () -> {
                            controleer(gekozen, naarConsulent, reden);
                            if (!bevestigd) {
                                model.addAttribute("gekozen", gekozen);
                                model.addAttribute("namen", toewijzingen.namen(gekozen));
                                model.addAttribute("naarConsulent", naarConsulent);
                                model.addAttribute("reden", reden.strip());
                                model.addAttribute("dossier", dossier);
                                return "werkvoorraad/bevestigen";
                            }
                            int aantal = toewijzingen.herverdeel(gekozen, naarConsulent, reden);
                            vervolg.addFlashAttribute("melding", "werkvoorraad.toegewezen");
                            vervolg.addFlashAttribute("meldingArgumenten", new Object[] {aantal, naarConsulent});
                            return dossier != null ? "redirect:/inburgeraars/" + dossier : "redirect:/werkvoorraad";
                        },
                        () -> {
                            model.addAttribute("gekozen", gekozen);
                            model.addAttribute("naarConsulent", naarConsulent);
                            model.addAttribute("reden", reden);
                            if (dossier != null) {
                                model.addAttribute("toewijzing", toewijzingen.toewijzing(dossier));
                                model.addAttribute("acties", WerkvoorraadActies.huidige());
                                model.addAttribute("consulenten", toewijzingen.consulenten());
                                return "werkvoorraad/toewijzing";
                            }
                            return toon(filterOfAlles(signaal, urgentie, consulent, null, 1), model);
                        });
    }

    /** The choices the page can check itself, all at once, before the domain checks the rest. */
    private void controleer(List<UUID> gekozen, String naarConsulent, String reden) {
        List<Veldfout> fouten = new ArrayList<>();
        if (gekozen.isEmpty()) {
            fouten.add(new Veldfout("inburgeraarIds", "verplicht", "Kies ten minste één inburgeraar in de lijst."));
        }
        if (!toewijzingen.consulenten().contains(naarConsulent)) {
            fouten.add(new Veldfout(
                    "naarConsulent", "consulent.onbekend", "Kies de consulent aan wie u de inburgeraars toewijst."));
        }
        if (reden.isBlank()) {
            fouten.add(new Veldfout("reden", "verplicht", "Geef de reden van de nieuwe toewijzing."));
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
    }

    /** A hand-edited URL with an unknown value: show everything rather than an error page. */
    private static Werkvoorraadfilter filterOfAlles(
            @Nullable String signaal,
            @Nullable String urgentie,
            @Nullable String consulent,
            @Nullable String sorteer,
            int pagina) {
        try {
            return Filterparameters.filter(
                    signaal, urgentie, consulent, sorteer, pagina, Werkvoorraadfilter.STANDAARD_PAGINAGROOTTE);
        } catch (OngeldigeInvoer onbekend) {
            return Werkvoorraadfilter.alles();
        }
    }

    private String toon(Werkvoorraadfilter filter, Model model) {
        WerkvoorraadActies acties = WerkvoorraadActies.huidige();
        Werkvoorraadpagina pagina = werkvoorraad.werkvoorraad(filter, Vandaag.datum(klok));
        model.addAttribute("acties", acties);
        model.addAttribute("filter", filter);
        model.addAttribute("sorteer", sorteer(filter));
        model.addAttribute("werkvoorraad", pagina);
        model.addAttribute("regels", pagina.regels());
        model.addAttribute("oplossen", oplossen(pagina));
        model.addAttribute("signaalsoorten", Signaalsoort.values());
        model.addAttribute("urgenties", Urgentie.values());
        model.addAttribute("consulenten", acties.teamBekijken() ? toewijzingen.consulenten() : List.of());
        model.addAttribute("paginaAdres", paginaAdres(filter));
        return "werkvoorraad/lijst";
    }

    /** Per line of the page, in the same order: where its signal is resolved (the PIP editor, the attendance, ...). */
    private List<Navigatie.Punt> oplossen(Werkvoorraadpagina pagina) {
        Map<UUID, PipConcept> concepten = wachtrij
                .concepten(pagina.regels().stream()
                        .map(r -> r.signaal().inburgeraarId())
                        .collect(Collectors.toSet()))
                .stream()
                .collect(Collectors.toMap(PipConcept::inburgeraarId, Function.identity(), (a, b) -> a));
        return pagina.regels().stream()
                .map(r -> Oplospagina.voor(
                        r.signaal(),
                        Optional.ofNullable(concepten.get(r.signaal().inburgeraarId()))))
                .toList();
    }

    /** The address of a page of this list with the same filter, up to "pagina=" (the template adds the number). */
    private static String paginaAdres(Werkvoorraadfilter filter) {
        UriComponentsBuilder adres = UriComponentsBuilder.fromPath("/werkvoorraad");
        filter.signaal().ifPresent(s -> adres.queryParam("signaal", s.name()));
        filter.urgentie().ifPresent(u -> adres.queryParam("urgentie", u.name()));
        filter.consulent().ifPresent(c -> adres.queryParam("consulent", c));
        adres.queryParam("sorteer", sorteer(filter));
        return adres.build().encode().toUriString() + "&pagina=";
    }

    static String sorteer(Werkvoorraadfilter filter) {
        return switch (filter.sortering()) {
            case UITERLIJKE_DATUM -> "uiterlijkeDatum";
            case SIGNAAL -> "signaal";
            case CONSULENT -> "consulent";
        };
    }
}
