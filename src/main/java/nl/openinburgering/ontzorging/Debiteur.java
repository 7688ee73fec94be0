package nl.openinburgering.ontzorging;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import nl.openinburgering.shared.OngeldigeInvoer;
import nl.openinburgering.shared.Veldfout;

/**
 * The gemeente's own account, the debtor of the SEPA file (R7.2: the gemeente pays the fixed costs): a setting per
 * gemeente. Validates itself: a name of at most 70 characters (the SEPA limit), an {@link Iban} (mod 97) and a BIC
 * of 8 or 11 characters as ISO 9362 and the pain.001 schema have it (bank code, two-letter country, location,
 * optional branch).
 */
public record Debiteur(String naam, Iban iban, String bic) {

    /** ISO 9362, as the {@code BICFIDec2014Identifier} of pain.001.001.09. */
    static final Pattern BIC = Pattern.compile("[A-Z0-9]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?");

    public Debiteur {
        List<Veldfout> fouten = new ArrayList<>(naamFouten(naam));
        fouten.addAll(bicFouten(bic));
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
    }

    /**
     * R7.2: reads the account as the functioneel beheerder types it (spaces and lower case allowed in IBAN and BIC)
     * and reports every wrong field at once.
     */
    public static Debiteur van(@Nullable String naam, @Nullable String iban, @Nullable String bic) {
        String n = naam == null ? "" : naam.strip();
        String b = bic == null ? "" : bic.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
        List<Veldfout> fouten = new ArrayList<>(naamFouten(n));
        Iban rekening = null;
        if (iban == null || iban.isBlank()) {
            fouten.add(new Veldfout("debiteurIban", "verplicht", "Vul het IBAN van de rekening van de gemeente in."));
        } else {
            try {
                rekening = Iban.van(iban);
            } catch (OngeldigeInvoer ongeldig) {
                ongeldig.fouten().forEach(f -> fouten.add(new Veldfout("debiteurIban", f.code(), f.reden())));
            }
        }
        fouten.addAll(bicFouten(b));
        if (!fouten.isEmpty() || rekening == null) {
            throw new OngeldigeInvoer(fouten);
        }
        return new Debiteur(n, rekening, b);
    }

    private static List<Veldfout> naamFouten(String naam) {
        if (naam.isBlank()) {
            return List.of(new Veldfout("debiteurNaam", "verplicht", "Vul de naam van de rekeninghouder in."));
        }
        if (naam.length() > 70) {
            return List.of(new Veldfout(
                    "debiteurNaam", "te.lang", "De naam is te lang voor het SEPA-bestand (ten hoogste 70 tekens)."));
        }
        return List.of();
    }

    private static List<Veldfout> bicFouten(String bic) {
        if (bic.isBlank()) {
            return List.of(new Veldfout("debiteurBic", "verplicht", "Vul de BIC van de bank in, zoals BNGHNL2G."));
        }
        if (!BIC.matcher(bic).matches()) {
            return List.of(new Veldfout(
                    "debiteurBic",
                    "bic.formaat",
                    "Een BIC heeft 8 of 11 tekens: vier voor de bank, twee letters voor het land, twee voor de plaats"
                            + " en eventueel drie voor het filiaal, zoals BNGHNL2G."));
        }
        return List.of();
    }
}
