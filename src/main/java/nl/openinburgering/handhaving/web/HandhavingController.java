package nl.openinburgering.handhaving.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.openinburgering.handhaving.Betaalstatus;
import nl.openinburgering.handhaving.Grond;
import nl.openinburgering.handhaving.HandhavingActies;
import nl.openinburgering.handhaving.HandhavingBeheer;
import nl.openinburgering.handhaving.Handhavingsdossier;
import nl.openinburgering.handhaving.Matigingsgrond;
import nl.openinburgering.handhaving.NieuweZaak;
import nl.openinburgering.handhaving.PipAfspraak;
import nl.openinburgering.handhaving.Verwijtbaarheidsgraad;
import nl.openinburgering.handhaving.Zaakgegevens;
import nl.openinburgering.handhaving.Zienswijzevorm;
import nl.openinburgering.inburgeraar.InburgeraarBeheer;
import nl.openinburgering.platform.web.Formulierfouten;
import nl.openinburgering.platform.web.Formuliervelden;
import nl.openinburgering.shared.OngeldigeInvoer;
import nl.openinburgering.shared.Veldfout;

/**
 * A person's handhaving in the file: the cases, a new case (from a VERZUIM signal of the worklist), the referral
 * to the inkomensconsulent (R9.4), and per case the form of the step it waits for, with its letters.
 */
@Controller
@RequestMapping("/inburgeraars/{id}/handhaving")
class HandhavingController {

    /** The domain's field names to the form's. */
    static final Formuliervelden VELDEN = Formuliervelden.van(
            Map.ofEntries(
                    Map.entry("grond", "hhGrond"),
                    Map.entry("afspraak", "hhAfspraak"),
                    Map.entry("pipId", "hhAfspraak"),
                    Map.entry("overtredingsdatums", "hhOvertredingsdatum"),
                    Map.entry("bewijs", "hhBewijs"),
                    Map.entry("feiten", "hhFeiten"),
                    Map.entry("gesprekDatum", "hhDatum"),
                    Map.entry("waarschuwingDatum", "hhDatum"),
                    Map.entry("voornemenDatum", "hhDatum"),
                    Map.entry("zienswijzeDatum", "hhDatum"),
                    Map.entry("voorstelDatum", "hhDatum"),
                    Map.entry("besluitDatum", "hhDatum"),
                    Map.entry("datum", "hhDatum"),
                    Map.entry("gespreksnotities", "hhNotities"),
                    Map.entry("evenredigheid", "hhEvenredigheid"),
                    Map.entry("eerderGeprobeerd", "hhEerderGeprobeerd"),
                    Map.entry("verwijtbaarheid", "hhVerwijtbaarheid"),
                    Map.entry("zienswijzeVorm", "hhVorm"),
                    Map.entry("zienswijze", "hhInhoud"),
                    Map.entry("motivering", "hhMotivering"),
                    Map.entry("matigingsgrond", "hhMatigingsgrond"),
                    Map.entry("matigingsreden", "hhMatigingsreden"),
                    Map.entry("matigingsbedrag", "hhGematigdBedrag"),
                    Map.entry("reden", "hhReden"),
                    Map.entry("betaalstatus", "hhBetaalstatus")),
            "hhDatum");

    static final Formuliervelden PW_VELDEN =
            Formuliervelden.van(Map.of("afspraak", "hhPwAfspraak", "feiten", "hhFeiten"), "hhFeiten");

    private final HandhavingBeheer handhaving;
    private final InburgeraarBeheer inburgeraars;
    private final HandhavingBrieven brieven;
    private final Formulierfouten formulierfouten;

    HandhavingController(
            HandhavingBeheer handhaving,
            InburgeraarBeheer inburgeraars,
            HandhavingBrieven brieven,
            Formulierfouten formulierfouten) {
        this.handhaving = handhaving;
        this.inburgeraars = inburgeraars;
        this.brieven = brieven;
        this.formulierfouten = formulierfouten;
    }

    @GetMapping
    String dossier(@PathVariable UUID id, Model model) {
        Handhavingsdossier dossier = handhaving.dossier(id);
        model.addAttribute("inburgeraarId", id);
        model.addAttribute("naam", inburgeraars.geadresseerde(id).naam());
        model.addAttribute("dossier", dossier);
        model.addAttribute("acties", HandhavingActies.huidige());
        model.addAttribute("gronden", Grond.values());
        model.addAttribute("afspraken", PipAfspraak.values());
        model.addAttribute(
                "pwAfspraken",
                java.util.Arrays.stream(PipAfspraak.values())
                        .filter(PipAfspraak::participatiewet)
                        .toList());
        return "handhaving/dossier";
    }

    @PostMapping
    String open(
            @PathVariable UUID id,
            @RequestParam MultiValueMap<String, String> velden,
            Model model,
            RedirectAttributes vervolg,
            HttpServletResponse antwoord) {
        return formulierfouten
                .bij(model, antwoord, VELDEN)
                .verwerk(
                        () -> {
                            List<Long> urenregels = new ArrayList<>();
                            List<Integer> nietVerschenen = new ArrayList<>();
                            for (String b : velden.getOrDefault("hhBewijs", List.of())) {
                                if (b.startsWith("URENREGEL:")) {
                                    urenregels.add(Long.parseLong(b.substring(10)));
                                } else if (b.startsWith("NIET_VERSCHENEN:")) {
                                    nietVerschenen.add(Integer.parseInt(b.substring(16)));
                                }
                            }
                            String grond = velden.getFirst("hhGrond");
                            String afspraak = velden.getFirst("hhAfspraak");
                            LocalDate datum = datum(velden.getFirst("hhOvertredingsdatum"));
                            Zaakgegevens zaak = handhaving.open(
                                    id,
                                    new NieuweZaak(
                                            verplicht(Grond.class, grond),
                                            keuze(PipAfspraak.class, afspraak),
                                            datum == null ? List.of() : List.of(datum),
                                            urenregels,
                                            nietVerschenen));
                            vervolg.addFlashAttribute("melding", "handhaving.melding.geopend");
                            return "redirect:/inburgeraars/" + id + "/handhaving/" + zaak.id();
                        },
                        () -> {
                            model.addAttribute("invoer", velden.toSingleValueMap());
                            return dossier(id, model);
                        });
    }

    @PostMapping("/pw-verwijzing")
    String verwijs(
            @PathVariable UUID id,
            @RequestParam(name = "hhPwAfspraak", required = false) @Nullable String afspraak,
            @RequestParam(name = "hhFeiten", required = false) @Nullable String feiten,
            Model model,
            RedirectAttributes vervolg,
            HttpServletResponse antwoord) {
        return formulierfouten
                .bij(model, antwoord, VELDEN)
                .verwerk(
                        () -> {
                            handhaving.verwijsNaarInkomensconsulent(
                                    id, verplicht(PipAfspraak.class, afspraak), feiten == null ? "" : feiten);
                            vervolg.addFlashAttribute("melding", "handhaving.melding.verwezen");
                            return "redirect:/inburgeraars/" + id + "/handhaving";
                        },
                        () -> dossier(id, model));
    }

    @GetMapping("/{zaakId}")
    String zaak(
            @PathVariable UUID id,
            @PathVariable UUID zaakId,
            @RequestParam(name = "voorstel", required = false) @Nullable String voorstel,
            Model model) {
        model.addAttribute("voorstel", voorstel != null);
        return zaak(id, zaakId, model);
    }

    private String zaak(UUID id, UUID zaakId, Model model) {
        Handhavingsdossier dossier = handhaving.dossier(id);
        Zaakgegevens zaak = dossier.zaken().stream()
                .filter(z -> z.id().equals(zaakId))
                .findFirst()
                .orElseGet(() -> handhaving.zaak(id, zaakId));
        model.addAttribute("inburgeraarId", id);
        model.addAttribute("naam", inburgeraars.geadresseerde(id).naam());
        model.addAttribute("asielstatushouder", dossier.asielstatushouder());
        model.addAttribute("zaak", zaak);
        model.addAttribute("kenmerk", HandhavingBeheer.kenmerk(zaakId));
        model.addAttribute(
                "brieven",
                java.util.Arrays.stream(Brief.values())
                        .filter(b -> b.bestaat(zaak))
                        .toList());
        model.addAttribute("acties", HandhavingActies.huidige());
        model.addAttribute("graden", Verwijtbaarheidsgraad.values());
        model.addAttribute("vormen", Zienswijzevorm.values());
        model.addAttribute("matigingsgronden", Matigingsgrond.values());
        model.addAttribute("betaalstatussen", Betaalstatus.values());
        return "handhaving/zaak";
    }

    @PostMapping("/{zaakId}/{stap}")
    String stap(
            @PathVariable UUID id,
            @PathVariable UUID zaakId,
            @PathVariable String stap,
            @RequestParam Map<String, String> v,
            Model model,
            RedirectAttributes vervolg,
            HttpServletResponse antwoord) {
        Supplier<String> formulier = () -> {
            model.addAttribute("invoer", v);
            model.addAttribute("voorstel", stap.equals("boetevoorstel"));
            return zaak(id, zaakId, model);
        };
        return formulierfouten
                .bij(model, antwoord, VELDEN)
                .metConflict()
                .metWeigering()
                .verwerk(
                        () -> {
                            LocalDate datum = datum(
                                    stap.equals("besluit-geen-boete") ? v.get("hhBesluitDatum") : v.get("hhDatum"));
                            switch (stap) {
                                case "gesprek" ->
                                    handhaving.legGesprekVast(
                                            id,
                                            zaakId,
                                            datum,
                                            tekst(v.get("hhNotities")),
                                            "ja".equals(v.get("hhVerschoonbaar")));
                                case "waarschuwing" -> handhaving.verstuurWaarschuwing(id, zaakId, datum);
                                case "evenredigheid" ->
                                    handhaving.legEvenredigheidVast(
                                            id,
                                            zaakId,
                                            tekst(v.get("hhEvenredigheid")),
                                            tekst(v.get("hhEerderGeprobeerd")));
                                case "voornemen" ->
                                    handhaving.verstuurVoornemen(
                                            id,
                                            zaakId,
                                            datum,
                                            keuze(Verwijtbaarheidsgraad.class, v.get("hhVerwijtbaarheid")));
                                case "zienswijze" ->
                                    handhaving.legZienswijzeVast(
                                            id,
                                            zaakId,
                                            datum,
                                            verplicht(Zienswijzevorm.class, v.get("hhVorm")),
                                            tekst(v.get("hhInhoud")));
                                case "boetevoorstel" ->
                                    handhaving.stelBoeteVoor(
                                            id,
                                            zaakId,
                                            datum,
                                            tekst(v.get("hhMotivering")),
                                            keuze(Matigingsgrond.class, v.get("hhMatigingsgrond")),
                                            v.get("hhMatigingsreden"),
                                            bedrag(v.get("hhGematigdBedrag")));
                                case "boetebeschikking" -> handhaving.stelBoeteVast(id, zaakId, datum);
                                case "besluit-geen-boete" ->
                                    handhaving.besluitGeenBoete(id, zaakId, datum, tekst(v.get("hhReden")));
                                case "betaalstatus" ->
                                    handhaving.wijzigBetaalstatus(
                                            id, zaakId, verplicht(Betaalstatus.class, v.get("hhBetaalstatus")));
                                default -> throw new nl.openinburgering.shared.NietGevonden("Stap");
                            }
                            vervolg.addFlashAttribute("melding", "handhaving.melding.stap");
                            return "redirect:/inburgeraars/" + id + "/handhaving/" + zaakId;
                        },
                        formulier);
    }

    @GetMapping("/{zaakId}/brieven/{brief}.pdf")
    ResponseEntity<byte[]> brief(@PathVariable UUID id, @PathVariable UUID zaakId, @PathVariable String brief) {
        return brieven.brief(id, zaakId, Brief.vanPad(brief), true);
    }

    /** A choice of a select; empty is null, an unknown value a field error. */
    static <E extends Enum<E>> @Nullable E keuze(Class<E> soort, @Nullable String waarde) {
        if (waarde == null || waarde.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(soort, waarde.strip());
        } catch (IllegalArgumentException onbekend) {
            throw new OngeldigeInvoer(new Veldfout("keuze", "keuze.onbekend", "Kies een van de mogelijkheden."));
        }
    }

    /** A required choice: a missing one is passed on as null so the domain names the field in its message. */
    @SuppressWarnings("NullAway") // the facade and aggregate report a missing choice as a field error
    static <E extends Enum<E>> E verplicht(Class<E> soort, @Nullable String waarde) {
        return keuze(soort, waarde);
    }

    @SuppressWarnings("NullAway") // the aggregate reports a missing date as a field error ("Vul de datum in.")
    static LocalDate datum(@Nullable String waarde) {
        try {
            return leeg(waarde) ? null : LocalDate.parse(waarde.strip());
        } catch (RuntimeException onleesbaar) {
            throw new OngeldigeInvoer(new Veldfout("datum", "datum.ongeldig", "Vul een geldige datum in."));
        }
    }

    private static @Nullable BigDecimal bedrag(@Nullable String waarde) {
        try {
            return waarde == null || waarde.isBlank()
                    ? null
                    : new BigDecimal(waarde.strip().replace(',', '.'));
        } catch (NumberFormatException onleesbaar) {
            throw new OngeldigeInvoer(new Veldfout("matigingsbedrag", "R9.3", "Vul een bedrag in euro's in."));
        }
    }

    private static String tekst(@Nullable String waarde) {
        return waarde == null ? "" : waarde;
    }

    static boolean leeg(@Nullable String waarde) {
        return waarde == null || waarde.isBlank();
    }
}
