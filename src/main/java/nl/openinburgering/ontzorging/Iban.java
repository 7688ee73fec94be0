package nl.openinburgering.ontzorging;

import java.math.BigInteger;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import nl.openinburgering.shared.OngeldigeInvoer;
import nl.openinburgering.shared.Veldfout;

/**
 * An International Bank Account Number that validates itself (R7.2: the gemeente pays the creditor's account):
 * two letters, two check digits and up to thirty letters or digits, a Dutch one exactly 18 characters, and the
 * ISO 13616 check: the number with its first four characters moved to the end and its letters as numbers
 * (A = 10 … Z = 35) leaves 1 when divided by 97. Stored without spaces, in capitals.
 */
public record Iban(String waarde) {

    public Iban {
        if (waarde == null || !waarde.matches("[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}")) {
            throw ongeldig(
                    "iban.formaat", "Een IBAN begint met twee letters en twee cijfers, zoals NL91ABNA0417164300.");
        }
        if (waarde.startsWith("NL") && waarde.length() != 18) {
            throw ongeldig("iban.formaat", "Een Nederlandse IBAN heeft 18 tekens, zoals NL91ABNA0417164300.");
        }
        if (!voldoetAanMod97(waarde)) {
            throw ongeldig("iban.controle", "Dit IBAN klopt niet (de controle met 97 faalt). Controleer het nummer.");
        }
    }

    /** Reads an IBAN as people type it: spaces and lower case are allowed. */
    public static Iban van(@Nullable String invoer) {
        if (invoer == null || invoer.isBlank()) {
            throw ongeldig("iban.verplicht", "Vul het IBAN van de schuldeiser in.");
        }
        return new Iban(invoer.replaceAll("\\s", "").toUpperCase(Locale.ROOT));
    }

    /** ISO 13616 / ISO 7064 mod 97-10: the rearranged number modulo 97 is 1. */
    public static boolean voldoetAanMod97(String iban) {
        String herschikt = iban.substring(4) + iban.substring(0, 4);
        StringBuilder cijfers = new StringBuilder();
        for (char teken : herschikt.toCharArray()) {
            cijfers.append(Character.getNumericValue(teken));
        }
        return new BigInteger(cijfers.toString()).mod(BigInteger.valueOf(97)).intValue() == 1;
    }

    /** The two check digits that make {@code land + "00" + rekening} a valid IBAN (for tests and demo data). */
    public static String controlegetal(String land, String rekening) {
        String herschikt = rekening + land + "00";
        StringBuilder cijfers = new StringBuilder();
        for (char teken : herschikt.toCharArray()) {
            cijfers.append(Character.getNumericValue(teken));
        }
        int rest =
                new BigInteger(cijfers.toString()).mod(BigInteger.valueOf(97)).intValue();
        return String.format(Locale.ROOT, "%02d", 98 - rest);
    }

    /** In groups of four, as on paper: {@code NL91 ABNA 0417 1643 00}. */
    public String leesbaar() {
        return waarde.replaceAll("(.{4})(?!$)", "$1 ");
    }

    private static OngeldigeInvoer ongeldig(String code, String reden) {
        return new OngeldigeInvoer(new Veldfout("iban", code, reden));
    }
}
