package nl.openinburgering.inburgeraar.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

import nl.openinburgering.inburgeraar.Examendeel;
import nl.openinburgering.inburgeraar.Inburgeraar;
import nl.openinburgering.inburgeraar.InburgeraarActies;
import nl.openinburgering.inburgeraar.InburgeraarBeheer;
import nl.openinburgering.inburgeraar.Vrijstelling;
import nl.openinburgering.inburgeraar.VrijstellingVastgelegd;
import nl.openinburgering.platform.web.Formulierfouten;
import nl.openinburgering.platform.web.Formuliervelden;
import nl.openinburgering.platform.web.Volgendestap;

/**
 * R1.7 and R1.9 in the person's file: DUO's vrijstellingen and ontheffingen with their ground and date, and the
 * consulent's form to record one. A whole one closes the file (R1.11); a partial one takes its exam parts out of
 * what the PIP and the leerroute must reach, so the next step is the PIP.
 */
@Controller
@RequestMapping("/inburgeraars/{id}/vrijstellingen")
class VrijstellingController {

    private static final Formuliervelden VELDEN = Formuliervelden.van(
                    Map.of(
                            "soort", "vrijstellingSoort",
                            "omvang", "vrijstellingOmvang",
                            "grond", "vrijstellingGrond",
                            "datumBesluit", "vrijstellingDatumBesluit",
                            "onderdelen", "vrijstellingOnderdelen"),
                    "vrijstellingSoort")
            .inVolgorde(List.of(
                    "vrijstellingSoort",
                    "vrijstellingOmvang",
                    "vrijstellingGrond",
                    "vrijstellingOnderdelen",
                    "vrijstellingDatumBesluit"));

    private final InburgeraarBeheer inburgeraars;
    private final Formulierfouten formulierfouten;

    VrijstellingController(InburgeraarBeheer inburgeraars, Formulierfouten formulierfouten) {
        this.inburgeraars = inburgeraars;
        this.formulierfouten = formulierfouten;
    }

    /** The file's read, logged by the facade. */
    @GetMapping
    String toon(@PathVariable UUID id, Model model) {
        Inburgeraar inburgeraar = inburgeraars.raadpleeg(id);
        model.addAttribute("inburgeraarId", id);
        model.addAttribute("naam", inburgeraar.volledigeNaam());
        model.addAttribute("actief", inburgeraar.actief());
        model.addAttribute("vrijstellingen", inburgeraar.vrijstellingen());
        model.addAttribute("vrijgesteld", inburgeraar.vrijgesteldeOnderdelen());
        model.addAttribute("soorten", Vrijstelling.Soort.values());
        model.addAttribute("omvangen", Vrijstelling.Omvang.values());
        model.addAttribute(
                "grondenVrijstelling",
                Vrijstelling.GRONDEN_VRIJSTELLING.stream().sorted().toList());
        model.addAttribute(
                "grondenOntheffing",
                Vrijstelling.GRONDEN_ONTHEFFING.stream().sorted().toList());
        model.addAttribute("examendelen", Examendeel.values());
        model.addAttribute("acties", InburgeraarActies.huidige());
        return "inburgeraars/vrijstellingen";
    }

    /** R1.7 and R1.9: the domain checks the ground against the kind and the extent, and the parts and the date. */
    @PostMapping
    String legVast(
            @PathVariable UUID id,
            @RequestParam(name = "vrijstellingSoort", required = false) @Nullable String soort,
            @RequestParam(name = "vrijstellingOmvang", required = false) @Nullable String omvang,
            @RequestParam(name = "vrijstellingGrond", required = false) @Nullable String grond,
            @RequestParam(name = "vrijstellingDatumBesluit", required = false) @Nullable String datumBesluit,
            @RequestParam(name = "vrijstellingOnderdelen", required = false) @Nullable List<String> onderdelen,
            Model model,
            RedirectAttributes vervolg,
            HttpServletResponse antwoord) {
        return formulierfouten
                .bij(model, antwoord, VELDEN)
                .verwerk(
                        () -> {
                            VrijstellingVastgelegd vastgelegd = inburgeraars.legVrijstellingVast(
                                    id,
                                    Formulierinvoer.keuze(Vrijstelling.Soort.class, "soort", soort),
                                    Formulierinvoer.keuze(Vrijstelling.Omvang.class, "omvang", omvang),
                                    grond,
                                    Formulierinvoer.datum("datumBesluit", datumBesluit),
                                    delen(onderdelen));
                            volgende(id, vastgelegd.vrijstelling().omvang(), vervolg);
                            return "redirect:/inburgeraars/" + id + "/vrijstellingen";
                        },
                        () -> {
                            model.addAttribute("vrijstellingSoort", soort);
                            model.addAttribute("vrijstellingOmvang", omvang);
                            model.addAttribute("vrijstellingGrond", grond);
                            model.addAttribute("vrijstellingDatumBesluit", datumBesluit);
                            model.addAttribute("vrijstellingOnderdelen", onderdelen == null ? List.of() : onderdelen);
                            return toon(id, model);
                        });
    }

    /** A whole one closed the file; a partial one changes what the PIP must hold; a temporary one changes nothing yet. */
    private static void volgende(UUID id, Vrijstelling.Omvang omvang, RedirectAttributes vervolg) {
        switch (omvang) {
            case GEHEEL -> {
                vervolg.addFlashAttribute("melding", "vrijstelling.melding.geheel");
                Volgendestap.na(vervolg, "/inburgeraars/" + id, "volgendeStap.dossier");
            }
            case GEDEELTELIJK -> {
                vervolg.addFlashAttribute("melding", "vrijstelling.melding.gedeeltelijk");
                Volgendestap.na(vervolg, "/inburgeraars/" + id + "/pips", "volgendeStap.pipAanpassen");
            }
            case TIJDELIJK -> {
                vervolg.addFlashAttribute("melding", "vrijstelling.melding.tijdelijk");
                Volgendestap.na(vervolg, "/inburgeraars/" + id, "volgendeStap.dossier");
            }
        }
    }

    private static Set<Examendeel> delen(@Nullable List<String> onderdelen) {
        Set<Examendeel> delen = EnumSet.noneOf(Examendeel.class);
        if (onderdelen != null) {
            for (String deel : onderdelen) {
                Examendeel gekozen = Formulierinvoer.keuze(Examendeel.class, "onderdelen", deel);
                if (gekozen != null) {
                    delen.add(gekozen);
                }
            }
        }
        return delen;
    }
}
