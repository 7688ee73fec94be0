package nl.openinburgering.inburgeraar;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import nl.openinburgering.shared.OngeldigeInvoer;
import nl.openinburgering.shared.Veldfout;

/**
 * A Dutch residential address as the BRP holds it (straatnaam, huisnummer, huisletter/toevoeging, postcode,
 * woonplaats). For now the consulent types it; later it comes from the BRP. Validates itself: the postcode
 * is written as {@code 1234 AB}, the number is a whole number of 1 to 99999, and the fields come together or
 * not at all (a letter cannot be sent to half an address).
 */
public record Adres(
        String straat, Integer huisnummer, @Nullable String huisnummertoevoeging, String postcode, String woonplaats) {

    /** 1234 AB: no leading zero; SA, SD and SS are not issued (PostNL). Space and case are forgiven on input. */
    private static final Pattern POSTCODE = Pattern.compile("([1-9][0-9]{3}) ?([A-Z]{2})");

    private static final Pattern TOEVOEGING = Pattern.compile("[A-Za-z0-9]{1,6}");
    static final int MAXIMALE_LENGTE = 80;
    static final int HOOGSTE_HUISNUMMER = 99_999;

    public Adres {
        straat = leegIsNull(straat);
        huisnummertoevoeging = leegIsNull(huisnummertoevoeging);
        postcode = normaalPostcode(leegIsNull(postcode));
        woonplaats = leegIsNull(woonplaats);
        List<Veldfout> fouten = fouten(straat, huisnummer, huisnummertoevoeging, postcode, woonplaats);
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
    }

    /**
     * The address from loose fields, or {@code null} when all are empty; every problem lands in {@code fouten}
     * instead of being thrown, so that {@link Persoonsgegevens} can report it together with the rest.
     */
    static @Nullable Adres uitVelden(
            @Nullable String straat,
            @Nullable Integer huisnummer,
            @Nullable String toevoeging,
            @Nullable String postcode,
            @Nullable String woonplaats,
            List<Veldfout> fouten) {
        if (leegIsNull(straat) == null
                && huisnummer == null
                && leegIsNull(toevoeging) == null
                && leegIsNull(postcode) == null
                && leegIsNull(woonplaats) == null) {
            return null;
        }
        String gestripteStraat = leegIsNull(straat);
        String gestripteToevoeging = leegIsNull(toevoeging);
        String normalePostcode = normaalPostcode(leegIsNull(postcode));
        String gestripteWoonplaats = leegIsNull(woonplaats);
        List<Veldfout> eigen =
                fouten(gestripteStraat, huisnummer, gestripteToevoeging, normalePostcode, gestripteWoonplaats);
        if (!eigen.isEmpty()) {
            fouten.addAll(eigen);
            return null;
        }
        // fouten(...) refused a missing street, number, postcode or place above.
        return new Adres(
                Objects.requireNonNull(gestripteStraat),
                Objects.requireNonNull(huisnummer),
                gestripteToevoeging,
                Objects.requireNonNull(normalePostcode),
                Objects.requireNonNull(gestripteWoonplaats));
    }

    /** "Dorpsstraat 12 a" – the first line of the address on an envelope. */
    public String straatregel() {
        return straat + " " + huisnummer + (huisnummertoevoeging == null ? "" : " " + huisnummertoevoeging);
    }

    /** "7721 AB  DALFSEN" – the second line, as PostNL asks: two spaces, the place in capitals. */
    public String postcoderegel() {
        return postcode + "  " + woonplaats.toUpperCase(Locale.ROOT);
    }

    private static List<Veldfout> fouten(
            @Nullable String straat,
            @Nullable Integer huisnummer,
            @Nullable String toevoeging,
            @Nullable String postcode,
            @Nullable String woonplaats) {
        List<Veldfout> fouten = new ArrayList<>();
        tekst(fouten, "straat", straat, "Vul de straat in.");
        if (huisnummer == null) {
            fouten.add(new Veldfout("huisnummer", "verplicht", "Vul het huisnummer in."));
        } else if (huisnummer < 1 || huisnummer > HOOGSTE_HUISNUMMER) {
            fouten.add(new Veldfout(
                    "huisnummer",
                    "huisnummer.bereik",
                    "Het huisnummer is een getal van 1 tot en met " + HOOGSTE_HUISNUMMER + "."));
        }
        if (toevoeging != null && !TOEVOEGING.matcher(toevoeging).matches()) {
            fouten.add(new Veldfout(
                    "huisnummertoevoeging",
                    "huisnummertoevoeging.formaat",
                    "De toevoeging is hoogstens 6 letters of cijfers, zoals A of 2hg."));
        }
        if (postcode == null) {
            fouten.add(new Veldfout("postcode", "verplicht", "Vul de postcode in."));
        } else if (!geldigePostcode(postcode)) {
            fouten.add(new Veldfout(
                    "postcode",
                    "postcode.formaat",
                    "Vul een Nederlandse postcode in: 4 cijfers en 2 letters, zoals 7721 AB."));
        }
        tekst(fouten, "woonplaats", woonplaats, "Vul de woonplaats in.");
        if (!fouten.isEmpty()) {
            // Only mention the rule once the user started an address: say why the other fields are needed.
            fouten.replaceAll(f -> "verplicht".equals(f.code())
                    ? new Veldfout(f.veld(), "adres.onvolledig", f.reden() + " Een adres is compleet of leeg.")
                    : f);
        }
        return fouten;
    }

    private static boolean geldigePostcode(String postcode) {
        Matcher m = POSTCODE.matcher(postcode);
        return m.matches() && !List.of("SA", "SD", "SS").contains(m.group(2)) && postcode.length() == 7;
    }

    private static @Nullable String normaalPostcode(@Nullable String postcode) {
        if (postcode == null) {
            return null;
        }
        Matcher m = POSTCODE.matcher(postcode.toUpperCase(Locale.ROOT).replaceAll("\\s+", " "));
        return m.matches() ? m.group(1) + " " + m.group(2) : postcode;
    }

    private static void tekst(List<Veldfout> fouten, String veld, @Nullable String waarde, String leeg) {
        if (waarde == null) {
            fouten.add(new Veldfout(veld, "verplicht", leeg));
        } else if (waarde.length() > MAXIMALE_LENGTE) {
            fouten.add(new Veldfout(veld, "lengte", "Gebruik hoogstens " + MAXIMALE_LENGTE + " tekens."));
        }
    }

    private static @Nullable String leegIsNull(@Nullable String tekst) {
        return tekst == null || tekst.isBlank() ? null : tekst.strip();
    }

    @Override
    public String toString() {
        return "Adres[***]";
    }
}
