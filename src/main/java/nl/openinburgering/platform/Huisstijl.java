package nl.openinburgering.platform;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;

import org.jspecify.annotations.Nullable;

import nl.openinburgering.shared.OngeldigeInvoer;
import nl.openinburgering.shared.Veldfout;

/**
 * The letterhead of a gemeente's letters: its official name, addresses, contact details, the address for a
 * bezwaarschrift (R3.2) and an optional PNG logo. Validates itself.
 */
public record Huisstijl(
        String officieleNaam,
        @Nullable String bezoekadres,
        String postadres,
        @Nullable String telefoon,
        @Nullable String website,
        @Nullable String email,
        String bezwaaradres,
        byte @Nullable [] logoPng) {

    public static final int MAXIMALE_LENGTE = 200;
    public static final int MAXIMALE_LOGOGROOTTE = 200 * 1024;
    static final int MAXIMALE_LOGOPIXELS = 2000;
    private static final byte[] PNG_HANDTEKENING = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern TELEFOON = Pattern.compile("[+0-9][0-9 ()-]{5,19}");

    public Huisstijl {
        officieleNaam = gestript(officieleNaam);
        bezoekadres = leegIsNull(bezoekadres);
        postadres = gestript(postadres);
        telefoon = leegIsNull(telefoon);
        website = leegIsNull(website);
        email = leegIsNull(email);
        bezwaaradres = gestript(bezwaaradres);
        logoPng = logoPng == null || logoPng.length == 0 ? null : logoPng.clone();
        List<Veldfout> fouten = new ArrayList<>();
        tekst(fouten, "officieleNaam", officieleNaam, true, "Vul de officiële naam in, zoals Gemeente Dalfsen.");
        tekst(fouten, "bezoekadres", bezoekadres, false, "");
        tekst(fouten, "postadres", postadres, true, "Vul het postadres in.");
        tekst(fouten, "telefoon", telefoon, false, "");
        tekst(fouten, "website", website, false, "");
        tekst(fouten, "email", email, false, "");
        tekst(fouten, "bezwaaradres", bezwaaradres, true, "Vul het adres in waar een inwoner bezwaar maakt.");
        if (telefoon != null && !TELEFOON.matcher(telefoon).matches()) {
            fouten.add(new Veldfout("telefoon", "telefoon.formaat", "Vul een telefoonnummer in, zoals 0529 48 83 88."));
        }
        if (website != null && !website.startsWith("https://")) {
            fouten.add(new Veldfout(
                    "website", "website.formaat", "Vul het webadres in met https://, zoals https://www.dalfsen.nl."));
        }
        if (email != null && !EMAIL.matcher(email).matches()) {
            fouten.add(new Veldfout("email", "email.formaat", "Vul een e-mailadres in, zoals info@dalfsen.nl."));
        }
        if (logoPng != null) {
            fouten.addAll(logoFouten(logoPng));
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
    }

    /** A letterhead with a new logo (or none); the rest stays. */
    public Huisstijl metLogo(byte @Nullable [] logo) {
        return new Huisstijl(officieleNaam, bezoekadres, postadres, telefoon, website, email, bezwaaradres, logo);
    }

    @Override
    public byte @Nullable [] logoPng() {
        return logoPng == null ? null : logoPng.clone();
    }

    public boolean heeftLogo() {
        return logoPng != null;
    }

    /**
     * A logo must be a real PNG (checked by its signature and by decoding it, not by the file name or the
     * browser's content type), at most 200 kB and 2000 pixels either way: it goes into every letter.
     */
    static List<Veldfout> logoFouten(byte[] logo) {
        if (logo.length > MAXIMALE_LOGOGROOTTE) {
            return List.of(new Veldfout("logo", "logo.grootte", "Het logo is te groot: hoogstens 200 kB."));
        }
        if (logo.length < PNG_HANDTEKENING.length
                || !Arrays.equals(Arrays.copyOf(logo, PNG_HANDTEKENING.length), PNG_HANDTEKENING)) {
            return List.of(new Veldfout("logo", "logo.type", "Het logo moet een PNG-bestand zijn."));
        }
        try {
            BufferedImage beeld = ImageIO.read(new ByteArrayInputStream(logo));
            if (beeld == null) {
                return List.of(new Veldfout("logo", "logo.type", "Het logo is geen leesbaar PNG-bestand."));
            }
            if (beeld.getWidth() > MAXIMALE_LOGOPIXELS || beeld.getHeight() > MAXIMALE_LOGOPIXELS) {
                return List.of(
                        new Veldfout("logo", "logo.afmeting", "Het logo is te groot: hoogstens 2000 bij 2000 pixels."));
            }
        } catch (IOException | RuntimeException onleesbaar) {
            return List.of(new Veldfout("logo", "logo.type", "Het logo is geen leesbaar PNG-bestand."));
        }
        return List.of();
    }

    private static void tekst(
            List<Veldfout> fouten, String veld, @Nullable String waarde, boolean verplicht, String leeg) {
        if (waarde == null || waarde.isEmpty()) {
            if (verplicht) {
                fouten.add(new Veldfout(veld, "verplicht", leeg));
            }
        } else if (waarde.length() > MAXIMALE_LENGTE) {
            fouten.add(new Veldfout(veld, "lengte", "Gebruik hoogstens " + MAXIMALE_LENGTE + " tekens."));
        }
    }

    private static @Nullable String leegIsNull(@Nullable String tekst) {
        return tekst == null || tekst.isBlank() ? null : tekst.strip();
    }

    /** A required field: empty when missing, which the validation refuses. */
    private static String gestript(@Nullable String tekst) {
        return tekst == null ? "" : tekst.strip();
    }
}
