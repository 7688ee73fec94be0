package nl.openinburgering.platform.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.openinburgering.platform.Huisstijl;
import nl.openinburgering.platform.HuisstijlBeheer;

/**
 * The functioneel beheerder's page for the letterhead of the gemeente's letters (the beschikking PIP).
 * Removing the logo asks for confirmation first.
 */
@Controller
@RequestMapping("/beheer/huisstijl")
class HuisstijlController {

    static final List<String> VELDEN = List.of(
            "officieleNaam", "bezoekadres", "postadres", "telefoon", "website", "email", "bezwaaradres", "logo");

    private final HuisstijlBeheer beheer;
    private final Formulierfouten formulierfouten;

    HuisstijlController(HuisstijlBeheer beheer, Formulierfouten formulierfouten) {
        this.beheer = beheer;
        this.formulierfouten = formulierfouten;
    }

    @GetMapping
    String formulier(Model model) {
        Huisstijl huidige = beheer.huidige();
        model.addAttribute("formulier", Formulier.van(huidige));
        model.addAttribute("heeftLogo", huidige.heeftLogo());
        return "beheer/huisstijl";
    }

    @PostMapping
    String opslaan(
            @ModelAttribute("formulier") Formulier formulier,
            @RequestParam(name = "logo", required = false) @Nullable MultipartFile logo,
            Model model,
            RedirectAttributes vervolg,
            HttpServletResponse antwoord)
            throws IOException {
        Huisstijl huidige = beheer.huidige();
        byte @Nullable [] nieuwLogo = logo == null || logo.isEmpty() ? huidige.logoPng() : logo.getBytes();
        return formulierfouten
                .bij(model, antwoord, Formuliervelden.zelfde().inVolgorde(VELDEN))
                .verwerk(
                        () -> {
                            beheer.opslaan(formulier.huisstijl(nieuwLogo));
                            vervolg.addFlashAttribute("melding", "huisstijl.opgeslagen");
                            return "redirect:/beheer/huisstijl";
                        },
                        () -> {
                            model.addAttribute("heeftLogo", huidige.heeftLogo());
                            return "beheer/huisstijl";
                        });
    }

    @GetMapping(path = "/logo", produces = MediaType.IMAGE_PNG_VALUE)
    ResponseEntity<byte[]> logo() {
        Huisstijl huidige = beheer.huidige();
        if (!huidige.heeftLogo()) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .contentType(MediaType.IMAGE_PNG)
                .body(huidige.logoPng());
    }

    @GetMapping("/logo/verwijderen")
    String verwijderVraag() {
        return "beheer/huisstijl-logo-verwijderen";
    }

    @PostMapping("/logo/verwijderen")
    String verwijder(RedirectAttributes vervolg) {
        beheer.opslaan(beheer.huidige().metLogo(null));
        vervolg.addFlashAttribute("melding", "huisstijl.logoVerwijderd");
        return "redirect:/beheer/huisstijl";
    }

    /** The form as the browser sends it; the logo arrives separately as a file. */
    record Formulier(
            String officieleNaam,
            @Nullable String bezoekadres,
            String postadres,
            @Nullable String telefoon,
            @Nullable String website,
            @Nullable String email,
            String bezwaaradres) {

        static Formulier van(Huisstijl h) {
            return new Formulier(
                    h.officieleNaam(),
                    h.bezoekadres(),
                    h.postadres(),
                    h.telefoon(),
                    h.website(),
                    h.email(),
                    h.bezwaaradres());
        }

        Huisstijl huisstijl(byte @Nullable [] logo) {
            return new Huisstijl(officieleNaam, bezoekadres, postadres, telefoon, website, email, bezwaaradres, logo);
        }
    }
}
