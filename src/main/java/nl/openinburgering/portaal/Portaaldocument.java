package nl.openinburgering.portaal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import nl.openinburgering.shared.Gemeentecode;
import nl.openinburgering.shared.OngeldigeInvoer;
import nl.openinburgering.shared.Veldfout;

/**
 * A document the person uploaded in the portal, without its content (that is read only on download). Only a
 * PDF, JPEG or PNG of at most {@value #MAXIMUM_BYTES} bytes (5 MB) is accepted; a refused file is not stored.
 */
public record Portaaldocument(
        UUID id,
        Gemeentecode gemeente,
        UUID inburgeraarId,
        String bestandsnaam,
        Documentsoort soort,
        int grootte,
        String omschrijving,
        Instant geuploadOp) {

    public static final int MAXIMUM_BYTES = 5 * 1024 * 1024;
    public static final int MAXIMUM_OMSCHRIJVING = 200;

    /**
     * Checks an upload before anything is stored: a description, a file that is not empty, at most 5 MB, and
     * a PDF, JPEG or PNG by both its name and its first bytes ({@link Documentsoort#herken}).
     */
    public static Portaaldocument ontvang(
            Gemeentecode gemeente,
            UUID inburgeraarId,
            String bestandsnaam,
            byte[] inhoud,
            String omschrijving,
            Instant nu) {
        List<Veldfout> fouten = new ArrayList<>();
        String o = omschrijving.strip();
        if (o.isEmpty()) {
            fouten.add(new Veldfout("omschrijving", "verplicht", "Schrijf kort wat voor document dit is."));
        } else if (o.length() > MAXIMUM_OMSCHRIJVING) {
            fouten.add(new Veldfout(
                    "omschrijving", "te.lang", "De omschrijving is te lang. Gebruik ten hoogste 200 tekens."));
        }
        String naam = bestandsnaam.strip().replaceAll("[\\\\/]", "_");
        Documentsoort soort = null;
        if (inhoud.length == 0) {
            fouten.add(new Veldfout("bestand", "document.leeg", "Kies een bestand. Het bestand mag niet leeg zijn."));
        } else if (inhoud.length > MAXIMUM_BYTES) {
            fouten.add(new Veldfout(
                    "bestand", "document.grootte", "Het bestand is te groot. Het mag ten hoogste 5 MB zijn."));
        } else {
            soort = Documentsoort.herken(naam, inhoud).orElse(null);
            if (soort == null) {
                fouten.add(new Veldfout(
                        "bestand", "document.soort", "Dit soort bestand kan niet. Stuur een PDF, JPG of PNG."));
            }
        }
        if (!fouten.isEmpty() || soort == null) {
            throw new OngeldigeInvoer(fouten);
        }
        String kort = naam.length() > 120 ? naam.substring(naam.length() - 120) : naam;
        return new Portaaldocument(UUID.randomUUID(), gemeente, inburgeraarId, kort, soort, inhoud.length, o, nu);
    }
}
