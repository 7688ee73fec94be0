package nl.openinburgering.platform.web;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import nl.openinburgering.platform.Huisstijl;
import nl.openinburgering.platform.HuisstijlBeheer;

/**
 * {@code /api/v1/huisstijl}: the letterhead of the caller's gemeente, for the functioneel beheerder. The logo
 * is uploaded on the page {@code /beheer/huisstijl}; a PUT here keeps the current logo.
 */
@RestController
@RequestMapping(path = "/api/v1/huisstijl", produces = "application/json")
@Tag(name = "huisstijl", description = "Briefkop en bezwaaradres van de eigen gemeente")
class HuisstijlApiController {

    private final HuisstijlBeheer beheer;

    HuisstijlApiController(HuisstijlBeheer beheer) {
        this.beheer = beheer;
    }

    @GetMapping
    @Operation(summary = "Haal de huisstijl van de brieven op", operationId = "haalHuisstijlOp")
    HuisstijlJson raadpleeg() {
        return HuisstijlJson.van(beheer.huidige());
    }

    @PutMapping(consumes = "application/json")
    @Operation(summary = "Wijzig de huisstijl van de brieven (het logo blijft)", operationId = "wijzigHuisstijl")
    HuisstijlJson wijzig(@RequestBody HuisstijlInvoer invoer) {
        byte[] logo = beheer.huidige().logoPng();
        return HuisstijlJson.van(beheer.opslaan(new Huisstijl(
                invoer.officieleNaam(),
                invoer.bezoekadres(),
                invoer.postadres(),
                invoer.telefoon(),
                invoer.website(),
                invoer.email(),
                invoer.bezwaaradres(),
                logo)));
    }

    record HuisstijlInvoer(
            String officieleNaam,
            @Nullable String bezoekadres,
            String postadres,
            @Nullable String telefoon,
            @Nullable String website,
            @Nullable String email,
            String bezwaaradres) {}

    record HuisstijlJson(
            String officieleNaam,
            @Nullable String bezoekadres,
            String postadres,
            @Nullable String telefoon,
            @Nullable String website,
            @Nullable String email,
            String bezwaaradres,
            boolean heeftLogo) {

        static HuisstijlJson van(Huisstijl h) {
            return new HuisstijlJson(
                    h.officieleNaam(),
                    h.bezoekadres(),
                    h.postadres(),
                    h.telefoon(),
                    h.website(),
                    h.email(),
                    h.bezwaaradres(),
                    h.heeftLogo());
        }
    }
}
