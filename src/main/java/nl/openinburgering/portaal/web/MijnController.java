package nl.openinburgering.portaal.web;

import java.io.IOException;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.openinburgering.pip.web.Beschikkingsbrief;
import nl.openinburgering.platform.web.Formulierfouten;
import nl.openinburgering.platform.web.Formuliervelden;
import nl.openinburgering.portaal.Afspraakreactie;
import nl.openinburgering.portaal.MijnOverzicht;
import nl.openinburgering.portaal.PortaalBeheer;
import nl.openinburgering.shared.Conflict;
import nl.openinburgering.shared.NietGevonden;
import nl.openinburgering.shared.OngeldigeInvoer;
import nl.openinburgering.shared.Veldfout;

/**
 * The inburgeraar's own pages under {@code /mijn}: the overview, the letters, messages, uploads, appointments,
 * the e-mail address and the inzage. No URL carries the person: the facade takes it from the account, so a
 * guessed id can only name a letter or document of the person's own file, and anything else is "not found".
 */
@Controller
@RequestMapping("/mijn")
class MijnController {

    private static final Formuliervelden BERICHT = Formuliervelden.van(Map.of(), "tekst");
    private static final Formuliervelden UPLOAD = Formuliervelden.van(Map.of(), "bestand");

    private final PortaalBeheer portaal;
    private final Beschikkingsbrief brieven;
    private final Formulierfouten formulierfouten;

    MijnController(PortaalBeheer portaal, Beschikkingsbrief brieven, Formulierfouten formulierfouten) {
        this.portaal = portaal;
        this.brieven = brieven;
        this.formulierfouten = formulierfouten;
    }

    @GetMapping
    String overzicht(Model model) {
        model.addAttribute("mijn", portaal.overzicht());
        model.addAttribute("portaal", true);
        return "portaal/mijn";
    }

    /** The legal letter, in Dutch, as PDF: only a letter of the person's own file exists here. */
    @GetMapping("/brieven/{pipId}.pdf")
    ResponseEntity<byte[]> brief(@PathVariable UUID pipId) {
        Beschikkingsbrief.Brief brief = brieven.maak(portaal.eigenDossier(), pipId);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(brief.bestandsnaam())
                                .build()
                                .toString())
                .body(brief.pdf());
    }

    /** The summary of the letter in the chosen language; the letter itself stays Dutch. */
    @GetMapping("/brieven/{pipId}")
    String samenvatting(@PathVariable UUID pipId, Model model) {
        MijnOverzicht mijn = portaal.overzicht();
        if (mijn.pip().filter(p -> p.id().equals(pipId)).isEmpty()) {
            throw new NietGevonden("Brief");
        }
        model.addAttribute("mijn", mijn);
        model.addAttribute("portaal", true);
        return "portaal/brief";
    }

    @GetMapping("/berichten")
    String berichten(Model model) {
        model.addAttribute("mijn", portaal.overzicht());
        model.addAttribute("portaal", true);
        return "portaal/berichten";
    }

    @PostMapping("/berichten")
    String stuur(
            @RequestParam(required = false) @Nullable String onderwerp,
            @RequestParam(required = false) @Nullable String tekst,
            Model model,
            RedirectAttributes vervolg,
            HttpServletResponse antwoord) {
        return formulierfouten
                .bij(model, antwoord, BERICHT)
                .verwerk(
                        () -> {
                            portaal.stuurBericht(leeg(onderwerp), leeg(tekst));
                            vervolg.addFlashAttribute("melding", "portaal.melding.verstuurd");
                            return "redirect:/mijn/berichten";
                        },
                        () -> {
                            model.addAttribute("onderwerp", onderwerp);
                            model.addAttribute("tekst", tekst);
                            return berichten(model);
                        });
    }

    @GetMapping("/documenten")
    String documenten(Model model) {
        model.addAttribute("mijn", portaal.overzicht());
        model.addAttribute("portaal", true);
        return "portaal/documenten";
    }

    /**
     * Back from an upload larger than the container's limit ({@link GroteUploadFilter}): the form again, with
     * the size message for the file field (400); nothing was stored.
     */
    @GetMapping(value = "/documenten", params = "te-groot")
    String teGroot(Model model, HttpServletResponse antwoord) {
        return formulierfouten
                .bij(model, antwoord, UPLOAD)
                .verwerk(
                        () -> {
                            throw new OngeldigeInvoer(new Veldfout(
                                    "bestand",
                                    "document.grootte",
                                    "Het bestand is te groot: het mag ten hoogste 5 MB zijn."));
                        },
                        () -> documenten(model));
    }

    @PostMapping("/documenten")
    String upload(
            @RequestParam(required = false) @Nullable MultipartFile bestand,
            @RequestParam(required = false) @Nullable String omschrijving,
            Model model,
            RedirectAttributes vervolg,
            HttpServletResponse antwoord) {
        return formulierfouten
                .bij(model, antwoord, UPLOAD)
                .verwerk(
                        () -> {
                            portaal.upload(naam(bestand), inhoud(bestand), leeg(omschrijving));
                            vervolg.addFlashAttribute("melding", "portaal.melding.geupload");
                            return "redirect:/mijn/documenten";
                        },
                        () -> {
                            model.addAttribute("omschrijving", omschrijving);
                            return documenten(model);
                        });
    }

    @GetMapping("/documenten/{documentId}")
    ResponseEntity<byte[]> document(@PathVariable UUID documentId) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("document")
                                .build()
                                .toString())
                .body(portaal.document(documentId));
    }

    @PostMapping("/afspraken")
    String afspraak(
            @RequestParam String afspraak,
            @RequestParam String reactie,
            @RequestParam(required = false) @Nullable String toelichting,
            Model model,
            RedirectAttributes vervolg,
            HttpServletResponse antwoord) {
        return formulierfouten
                .bij(model, antwoord, Formuliervelden.van(Map.of(), "toelichting"))
                .verwerk(
                        () -> {
                            portaal.reageer(afspraak, Afspraakreactie.valueOf(reactie), leeg(toelichting));
                            vervolg.addFlashAttribute("melding", "portaal.melding.afspraak." + reactie);
                            return "redirect:/mijn#afspraken-titel";
                        },
                        () -> overzicht(model));
    }

    @PostMapping("/email")
    String email(
            @RequestParam(required = false) @Nullable String email,
            Model model,
            RedirectAttributes vervolg,
            HttpServletResponse antwoord) {
        return formulierfouten
                .bij(model, antwoord, Formuliervelden.van(Map.of(), "email"))
                .verwerk(
                        () -> {
                            portaal.wijzigEmail(leeg(email));
                            vervolg.addFlashAttribute("melding", "portaal.melding.email");
                            return "redirect:/mijn#email-titel";
                        },
                        () -> {
                            model.addAttribute("email", email);
                            return overzicht(model);
                        });
    }

    @GetMapping("/inzage")
    String inzage(Model model) {
        model.addAttribute("inzage", portaal.inzage());
        model.addAttribute("portaal", true);
        return "portaal/inzage";
    }

    /** A letter of a PIP that is still a draft does not exist for the person: 404, as any other unknown letter. */
    @ExceptionHandler(Conflict.class)
    void geenBrief(HttpServletResponse antwoord) throws IOException {
        antwoord.sendError(HttpServletResponse.SC_NOT_FOUND);
    }

    private static String leeg(@Nullable String waarde) {
        return waarde == null ? "" : waarde;
    }

    private static String naam(@Nullable MultipartFile bestand) {
        return bestand == null || bestand.getOriginalFilename() == null ? "" : bestand.getOriginalFilename();
    }

    private static byte[] inhoud(@Nullable MultipartFile bestand) {
        if (bestand == null) {
            return new byte[0];
        }
        try {
            return bestand.getBytes();
        } catch (IOException onleesbaar) {
            throw new OngeldigeInvoer(new Veldfout("bestand", "document.leeg", "Het bestand kon niet worden gelezen."));
        }
    }
}
