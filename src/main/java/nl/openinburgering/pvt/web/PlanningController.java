package nl.openinburgering.pvt.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.openinburgering.inburgeraar.Inburgeraar;
import nl.openinburgering.inburgeraar.InburgeraarBeheer;
import nl.openinburgering.platform.web.Formulierfouten;
import nl.openinburgering.platform.web.Formuliervelden;
import nl.openinburgering.pvt.Groep;
import nl.openinburgering.pvt.GroepDetail;
import nl.openinburgering.pvt.Groepslid;
import nl.openinburgering.pvt.Groepsplanning;
import nl.openinburgering.pvt.NieuweBijeenkomst;
import nl.openinburgering.pvt.Programma;
import nl.openinburgering.pvt.PvtActies;
import nl.openinburgering.pvt.PvtBeheer;
import nl.openinburgering.shared.MapThema;
import nl.openinburgering.shared.OngeldigeInvoer;
import nl.openinburgering.shared.Veldfout;

/**
 * The planning screens: the gemeente's groups (paged), a group with its members and sessions, inviting
 * several people at once, planning a session, and the attendance of the whole group on one screen.
 */
@Controller
@RequestMapping("/planning")
class PlanningController {

    static final int PER_PAGINA = 20;
    private static final Formuliervelden GROEPVELDEN =
            Formuliervelden.van(Map.of("naam", "pvtGroepNaam", "programma", "pvtProgramma"), "pvtGroepNaam");
    private static final Formuliervelden BIJEENKOMSTVELDEN = Formuliervelden.van(
            Map.of(
                    "datum",
                    "pvtDatum",
                    "eindtijd",
                    "pvtEindtijd",
                    "plaats",
                    "pvtPlaats",
                    "onderwerp",
                    "pvtOnderwerp",
                    "uren",
                    "pvtUren",
                    "mapThema",
                    "pvtMapThema",
                    "aanbiederId",
                    "pvtAanbieder"),
            "pvtOnderwerp");

    private final Groepsplanning planning;
    private final PvtBeheer pvt;
    private final InburgeraarBeheer inburgeraars;
    private final PvtBrieven brieven;
    private final Formulierfouten formulierfouten;

    PlanningController(
            Groepsplanning planning,
            PvtBeheer pvt,
            InburgeraarBeheer inburgeraars,
            PvtBrieven brieven,
            Formulierfouten formulierfouten) {
        this.planning = planning;
        this.pvt = pvt;
        this.inburgeraars = inburgeraars;
        this.brieven = brieven;
        this.formulierfouten = formulierfouten;
    }

    @GetMapping
    String groepen(@RequestParam(defaultValue = "1") int pagina, Model model) {
        Page<Groep> groepen = planning.groepen(PageRequest.of(Math.max(pagina, 1) - 1, PER_PAGINA));
        model.addAttribute("groepen", groepen.getContent());
        model.addAttribute("pagina", Math.max(pagina, 1));
        model.addAttribute("aantalPaginas", Math.max(groepen.getTotalPages(), 1));
        model.addAttribute("totaal", groepen.getTotalElements());
        model.addAttribute("programmas", Programma.values());
        model.addAttribute("acties", PvtActies.huidige(false));
        return "planning/groepen";
    }

    @PostMapping("/groepen")
    String maakGroep(
            @RequestParam(name = "pvtGroepNaam", required = false) @Nullable String naam,
            @RequestParam(name = "pvtProgramma", required = false) @Nullable Programma programma,
            Model model,
            RedirectAttributes vervolg,
            HttpServletResponse antwoord) {
        return formulierfouten
                .bij(model, antwoord, GROEPVELDEN)
                .verwerk(
                        () -> {
                            Groep groep = planning.maakGroep(naam, programma);
                            vervolg.addFlashAttribute("melding", "pvt.melding.groepGemaakt");
                            return "redirect:/planning/groepen/" + groep.id();
                        },
                        () -> {
                            model.addAttribute("pvtGroepNaam", naam);
                            return groepen(1, model);
                        });
    }

    @GetMapping("/groepen/{groepId}")
    String groep(@PathVariable UUID groepId, @RequestParam(defaultValue = "1") int kandidatenpagina, Model model) {
        GroepDetail detail = planning.groep(groepId);
        model.addAttribute("detail", detail);
        model.addAttribute("acties", PvtActies.huidige(false));
        model.addAttribute("themas", MapThema.values());
        model.addAttribute("onderdelen", pvt.programma());
        model.addAttribute("aanbieders", planning.aanbieders(detail.groep().programma()));
        if (!model.containsAttribute("invoer")) {
            model.addAttribute("invoer", Map.of());
        }
        kandidaten(detail, Math.max(kandidatenpagina, 1), model);
        return "planning/groep";
    }

    /** The gemeente's people by name, one page at a time, without those already in the group. */
    private void kandidaten(GroepDetail detail, int pagina, Model model) {
        Page<Inburgeraar> pagina_ = inburgeraars.overzicht(
                PageRequest.of(pagina - 1, PER_PAGINA, Sort.by("geslachtsnaam", "voornamen", "id")));
        Set<UUID> leden =
                Set.copyOf(detail.leden().stream().map(Groepslid::inburgeraarId).toList());
        model.addAttribute(
                "kandidaten",
                pagina_.getContent().stream()
                        .filter(i -> !leden.contains(i.id()))
                        .toList());
        model.addAttribute("kandidatenpagina", pagina);
        model.addAttribute("kandidatenpaginas", Math.max(pagina_.getTotalPages(), 1));
    }

    @PostMapping("/groepen/{groepId}/deelnemers")
    String nodigUit(
            @PathVariable UUID groepId,
            @RequestParam(name = "deelnemer", required = false) @Nullable List<UUID> deelnemers,
            Model model,
            RedirectAttributes vervolg,
            HttpServletResponse antwoord) {
        return formulierfouten
                .bij(model, antwoord, Formuliervelden.alles("deelnemer"))
                .verwerk(
                        () -> {
                            int aantal = planning.nodigUit(groepId, deelnemers == null ? List.of() : deelnemers);
                            vervolg.addFlashAttribute("melding", "pvt.melding.uitgenodigd");
                            vervolg.addFlashAttribute("meldingArgumenten", new Object[] {aantal});
                            return "redirect:/planning/groepen/" + groepId;
                        },
                        () -> groep(groepId, 1, model));
    }

    @PostMapping("/groepen/{groepId}/bijeenkomsten")
    String plan(
            @PathVariable UUID groepId,
            @RequestParam Map<String, String> velden,
            Model model,
            RedirectAttributes vervolg,
            HttpServletResponse antwoord) {
        return formulierfouten
                .bij(model, antwoord, BIJEENKOMSTVELDEN)
                .verwerk(
                        () -> {
                            planning.plan(groepId, bijeenkomst(velden));
                            vervolg.addFlashAttribute("melding", "pvt.melding.gepland");
                            return "redirect:/planning/groepen/" + groepId;
                        },
                        () -> {
                            model.addAttribute("invoer", velden);
                            return groep(groepId, 1, model);
                        });
    }

    @GetMapping("/groepen/{groepId}/bijeenkomsten/{bijeenkomstId}/aanwezigheid")
    String aanwezigheid(@PathVariable UUID groepId, @PathVariable UUID bijeenkomstId, Model model) {
        model.addAttribute("detail", planning.groep(groepId));
        model.addAttribute("bijeenkomst", planning.bijeenkomst(groepId, bijeenkomstId));
        model.addAttribute("aanwezig", planning.aanwezigen(groepId, bijeenkomstId));
        return "planning/aanwezigheid";
    }

    /** The whole group in one action: the ticked members were present, the others absent. */
    @PostMapping("/groepen/{groepId}/bijeenkomsten/{bijeenkomstId}/aanwezigheid")
    String registreer(
            @PathVariable UUID groepId,
            @PathVariable UUID bijeenkomstId,
            @RequestParam(name = "aanwezig", required = false) @Nullable List<UUID> aanwezig,
            Model model,
            RedirectAttributes vervolg,
            HttpServletResponse antwoord) {
        return formulierfouten
                .bij(model, antwoord, Formuliervelden.alles("aanwezig"))
                .verwerk(
                        () -> {
                            planning.registreerAanwezigheid(
                                    groepId, bijeenkomstId, aanwezig == null ? List.of() : aanwezig);
                            vervolg.addFlashAttribute("melding", "pvt.melding.aanwezigheid");
                            return "redirect:/planning/groepen/" + groepId;
                        },
                        () -> aanwezigheid(groepId, bijeenkomstId, model));
    }

    @GetMapping("/groepen/{groepId}/uitnodigingen/{inburgeraarId}.pdf")
    ResponseEntity<byte[]> uitnodiging(@PathVariable UUID groepId, @PathVariable UUID inburgeraarId) {
        return brieven.uitnodiging(groepId, inburgeraarId, true);
    }

    private static NieuweBijeenkomst bijeenkomst(Map<String, String> velden) {
        return new NieuweBijeenkomst(
                datum(velden.get("pvtDatum")),
                tijd(velden.get("pvtBegintijd")),
                tijd(velden.get("pvtEindtijd")),
                velden.get("pvtPlaats"),
                velden.get("pvtOnderwerp"),
                uren(velden.get("pvtUren")),
                "true".equals(velden.get("pvtActiviteit")),
                keuze(velden.get("pvtMapThema"), MapThema::valueOf),
                keuze(velden.get("pvtAanbieder"), UUID::fromString));
    }

    /** An empty field is no choice; otherwise the value read from it. */
    private static <T> @Nullable T keuze(@Nullable String waarde, java.util.function.Function<String, T> lezen) {
        return waarde == null || waarde.isBlank() ? null : lezen.apply(waarde);
    }

    static @Nullable LocalDate datum(@Nullable String waarde) {
        try {
            return waarde == null || waarde.isBlank() ? null : LocalDate.parse(waarde);
        } catch (RuntimeException onleesbaar) {
            throw new OngeldigeInvoer(new Veldfout("datum", "datum.ongeldig", "Vul een geldige datum in."));
        }
    }

    private static @Nullable LocalTime tijd(@Nullable String waarde) {
        try {
            return waarde == null || waarde.isBlank() ? null : LocalTime.parse(waarde);
        } catch (RuntimeException onleesbaar) {
            return null;
        }
    }

    static @Nullable BigDecimal uren(@Nullable String waarde) {
        try {
            return waarde == null || waarde.isBlank()
                    ? null
                    : new BigDecimal(waarde.strip().replace(',', '.'));
        } catch (NumberFormatException onleesbaar) {
            return BigDecimal.ZERO;
        }
    }

    static boolean leeg(@Nullable String waarde) {
        return waarde == null || waarde.isBlank();
    }
}
