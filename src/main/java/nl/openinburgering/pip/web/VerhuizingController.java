package nl.openinburgering.pip.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
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

import nl.openinburgering.inburgeraar.InburgeraarBeheer;
import nl.openinburgering.pip.Herkomst;
import nl.openinburgering.pip.Niveau;
import nl.openinburgering.pip.PipActies;
import nl.openinburgering.pip.VerhuizingBeheer;
import nl.openinburgering.platform.web.Formulierfouten;
import nl.openinburgering.platform.web.Formuliervelden;
import nl.openinburgering.platform.web.Volgendestap;
import nl.openinburgering.shared.Leerroute;
import nl.openinburgering.shared.OngeldigeInvoer;
import nl.openinburgering.shared.Veldfout;

/**
 * R3.12 in the person's file: the PIP of the gemeente the person moved from (its leerroute, the dagtekening of the
 * first PIP from which the term runs, R3.4, and an extension DUO granted before the move, R3.6), and the
 * consulent's form to record or correct it until this gemeente fixes a PIP of its own.
 */
@Controller
@RequestMapping("/inburgeraars/{id}/verhuizing")
class VerhuizingController {

    private static final Formuliervelden VELDEN = Formuliervelden.zelfde()
            .inVolgorde(List.of(
                    "vorigeGemeentecode",
                    "leerroute",
                    "niveau",
                    "dagtekeningEerstePip",
                    "dagtekeningHuidigePip",
                    "datumBesluitVerlenging",
                    "nieuweEinddatumTermijn"));

    private static final List<String> VELDNAMEN = VELDEN.volgorde();

    private final VerhuizingBeheer verhuizing;
    private final InburgeraarBeheer inburgeraars;
    private final Formulierfouten formulierfouten;

    VerhuizingController(VerhuizingBeheer verhuizing, InburgeraarBeheer inburgeraars, Formulierfouten formulierfouten) {
        this.verhuizing = verhuizing;
        this.inburgeraars = inburgeraars;
        this.formulierfouten = formulierfouten;
    }

    /** The read of the herkomst, logged by its facade (which answers 404 for a file of another gemeente). */
    @GetMapping
    String toon(@PathVariable UUID id, Model model) {
        Herkomst herkomst = verhuizing.raadpleeg(id).orElse(null);
        model.addAttribute("inburgeraarId", id);
        model.addAttribute("naam", inburgeraars.geadresseerde(id).naam());
        model.addAttribute("herkomst", herkomst);
        model.addAttribute("leerroutes", Leerroute.values());
        model.addAttribute("niveaus", Niveau.values());
        model.addAttribute("acties", PipActies.huidige(null));
        if (herkomst != null && !model.containsAttribute("vorigeGemeentecode")) {
            model.addAttribute("vorigeGemeentecode", herkomst.vorigeGemeentecode());
            model.addAttribute("leerroute", herkomst.leerroute().name());
            model.addAttribute(
                    "niveau", herkomst.niveau() == null ? "" : herkomst.niveau().name());
            model.addAttribute("dagtekeningEerstePip", herkomst.dagtekeningEerstePip());
            model.addAttribute("dagtekeningHuidigePip", herkomst.dagtekeningHuidigePip());
            model.addAttribute("datumBesluitVerlenging", herkomst.datumBesluitVerlenging());
            model.addAttribute("nieuweEinddatumTermijn", herkomst.nieuweEinddatumTermijn());
        }
        return "pips/verhuizing";
    }

    /** R3.12: recorded as long as this gemeente has no PIP of its own; the domain checks the rest. */
    @PostMapping
    String legVast(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String vorigeGemeentecode,
            @RequestParam(required = false) @Nullable String leerroute,
            @RequestParam(required = false) @Nullable String niveau,
            @RequestParam(required = false) @Nullable String dagtekeningEerstePip,
            @RequestParam(required = false) @Nullable String dagtekeningHuidigePip,
            @RequestParam(required = false) @Nullable String datumBesluitVerlenging,
            @RequestParam(required = false) @Nullable String nieuweEinddatumTermijn,
            Model model,
            RedirectAttributes vervolg,
            HttpServletResponse antwoord) {
        return formulierfouten
                .bij(model, antwoord, VELDEN)
                .metConflict() // R3.12: this gemeente fixed its own PIP meanwhile
                .verwerk(
                        () -> {
                            verhuizing.registreer(
                                    id,
                                    invoer(
                                            id,
                                            vorigeGemeentecode == null ? null : vorigeGemeentecode.strip(),
                                            keuze(Leerroute.class, "leerroute", leerroute),
                                            keuze(Niveau.class, "niveau", niveau),
                                            datum("dagtekeningEerstePip", dagtekeningEerstePip),
                                            datum("dagtekeningHuidigePip", dagtekeningHuidigePip),
                                            datum("datumBesluitVerlenging", datumBesluitVerlenging),
                                            datum("nieuweEinddatumTermijn", nieuweEinddatumTermijn)));
                            vervolg.addFlashAttribute("melding", "verhuizing.melding.vastgelegd");
                            Volgendestap.na(vervolg, "/inburgeraars/" + id + "/pips", "volgendeStap.pipOpstellen");
                            return "redirect:/inburgeraars/" + id + "/verhuizing";
                        },
                        () -> {
                            List<@Nullable String> waarden = java.util.Arrays.asList(
                                    vorigeGemeentecode,
                                    leerroute,
                                    niveau,
                                    dagtekeningEerstePip,
                                    dagtekeningHuidigePip,
                                    datumBesluitVerlenging,
                                    nieuweEinddatumTermijn);
                            for (int i = 0; i < VELDNAMEN.size(); i++) {
                                model.addAttribute(VELDNAMEN.get(i), waarden.get(i) == null ? "" : waarden.get(i));
                            }
                            return toon(id, model);
                        });
    }

    private static @Nullable LocalDate datum(String veld, @Nullable String waarde) {
        try {
            return waarde == null || waarde.isBlank() ? null : LocalDate.parse(waarde.strip());
        } catch (DateTimeParseException onleesbaar) {
            throw new OngeldigeInvoer(new Veldfout(veld, "datum.ongeldig", "Vul een geldige datum in."));
        }
    }

    private static <E extends Enum<E>> @Nullable E keuze(Class<E> soort, String veld, @Nullable String waarde) {
        if (waarde == null || waarde.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(soort, waarde.strip());
        } catch (IllegalArgumentException onbekend) {
            throw new OngeldigeInvoer(new Veldfout(veld, "keuze.ongeldig", "Kies een van de mogelijkheden."));
        }
    }

    /**
     * The form's raw input as a {@link Herkomst}, empty fields included: {@link
     * nl.openinburgering.pip.VerhuizingBeheer#registreer} checks it ({@code Herkomst.geldig}) and refuses every
     * missing required value with a field error before anything is stored, as it does for the API's JSON body.
     */
    @SuppressWarnings("NullAway") // raw input on its way to the check named above
    private static Herkomst invoer(
            UUID id,
            @Nullable String vorigeGemeentecode,
            @Nullable Leerroute leerroute,
            @Nullable Niveau niveau,
            @Nullable LocalDate dagtekeningEerstePip,
            @Nullable LocalDate dagtekeningHuidigePip,
            @Nullable LocalDate datumBesluitVerlenging,
            @Nullable LocalDate nieuweEinddatumTermijn) {
        return new Herkomst(
                id,
                vorigeGemeentecode,
                leerroute,
                niveau,
                dagtekeningEerstePip,
                dagtekeningHuidigePip,
                datumBesluitVerlenging,
                nieuweEinddatumTermijn);
    }
}
