package nl.openinburgering.platform.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
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

import jakarta.servlet.http.HttpServletResponse;
import nl.openinburgering.platform.Huisstijl;
import nl.openinburgering.platform.HuisstijlBeheer;
import nl.openinburgering.shared.OngeldigeInvoer;
import nl.openinburgering.shared.Veldfout;

/**
 * The functioneel beheerder's page for the letterhead of the gemeente's letters (the beschikking PIP).
 * Removing the logo asks for confirmation first.
 */
@Controller
@RequestMapping("/beheer/huisstijl")
class HuisstijlController {

    static final List<String> VELDEN = List.of("officieleNaam", "bezoekadres", "postadres", "telefoon", "website",
            "email", "bezwaaradres", "logo");

    private final HuisstijlBeheer beheer;

    HuisstijlController(HuisstijlBeheer beheer) {
        this.beheer = beheer;
    }

    @GetMapping
    String formulier(Model model) {
        Huisstijl huidige = beheer.huidige();
        model.addAttribute("formulier", Formulier.van(huidige));
        model.addAttribute("heeftLogo", huidige.heeftLogo());
        return "beheer/huisstijl";
    }

    @PostMapping
    String opslaan(@ModelAttribute("formulier") Formulier formulier,
            @RequestParam(name = "logo", required = false) MultipartFile logo, Model model,
            RedirectAttributes vervolg, HttpServletResponse antwoord) throws IOException {
        Huisstijl huidige = beheer.huidige();
        byte[] nieuwLogo = logo == null || logo.isEmpty() ? huidige.logoPng() : logo.getBytes();
        try {
            beheer.opslaan(formulier.huisstijl(nieuwLogo));
            vervolg.addFlashAttribute("melding", "huisstijl.opgeslagen");
            return "redirect:/beheer/huisstijl";
        } catch (OngeldigeInvoer ongeldig) {
            antwoord.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("fouten", perVeld(ongeldig.fouten()));
            model.addAttribute("heeftLogo", huidige.heeftLogo());
            return "beheer/huisstijl";
        }
    }

    @GetMapping(path = "/logo", produces = MediaType.IMAGE_PNG_VALUE)
    ResponseEntity<byte[]> logo() {
        Huisstijl huidige = beheer.huidige();
        if (!huidige.heeftLogo()) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).contentType(MediaType.IMAGE_PNG)
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

    private static Map<String, String> perVeld(List<Veldfout> fouten) {
        Map<String, String> perVeld = new LinkedHashMap<>();
        for (String veld : VELDEN) {
            fouten.stream().filter(f -> f.veld().equals(veld)).findFirst().ifPresent(f -> perVeld.put(veld, f.reden()));
        }
        fouten.forEach(f -> perVeld.putIfAbsent(f.veld(), f.reden()));
        return perVeld;
    }

    /** The form as the browser sends it; the logo arrives separately as a file. */
    record Formulier(String officieleNaam, String bezoekadres, String postadres, String telefoon, String website,
            String email, String bezwaaradres) {

        static Formulier van(Huisstijl h) {
            return new Formulier(h.officieleNaam(), h.bezoekadres(), h.postadres(), h.telefoon(), h.website(),
                    h.email(), h.bezwaaradres());
        }

        Huisstijl huisstijl(byte[] logo) {
            return new Huisstijl(officieleNaam, bezoekadres, postadres, telefoon, website, email, bezwaaradres, logo);
        }
    }
}
