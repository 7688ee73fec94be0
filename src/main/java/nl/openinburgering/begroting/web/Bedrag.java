package nl.openinburgering.begroting.web;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import nl.openinburgering.shared.OngeldigeInvoer;
import nl.openinburgering.shared.Veldfout;

/** Amounts in cents as Dutch text ("€ 134.960,00") and Dutch text as cents ("7712,10", "7.712,10", "7712.10"). */
final class Bedrag {

    private static final DecimalFormatSymbols NL = DecimalFormatSymbols.getInstance(Locale.of("nl", "NL"));

    private Bedrag() {}

    static String euro(long centen) {
        return "€ "
                + new DecimalFormat("#,##0.00", NL)
                        .format(BigDecimal.valueOf(centen).movePointLeft(2));
    }

    static String getal(BigDecimal getal) {
        return new DecimalFormat("#,##0.####", NL).format(getal);
    }

    /** For a form field: "7712,10", no thousands separator. */
    static String invoer(long centen) {
        return BigDecimal.valueOf(centen).movePointLeft(2).toPlainString().replace('.', ',');
    }

    /** Reads an amount in euros with at most two decimals; empty or unreadable is a finding on the field. */
    static long centen(@Nullable String tekst, String veld) {
        String schoon = tekst == null ? "" : tekst.strip().replace("€", "").replace(" ", "");
        if (schoon.matches(".*,\\d{1,2}$")) {
            schoon = schoon.replace(".", "").replace(',', '.');
        } else {
            schoon = schoon.replace(",", "");
        }
        try {
            BigDecimal euro = new BigDecimal(schoon);
            if (euro.stripTrailingZeros().scale() > 2) {
                throw new NumberFormatException();
            }
            return euro.movePointRight(2).longValueExact();
        } catch (NumberFormatException | ArithmeticException onleesbaar) {
            throw new OngeldigeInvoer(
                    new Veldfout(veld, "bedrag.ongeldig", "Vul een bedrag in euro in, zoals 7712,00."));
        }
    }

    /** Reads a whole number; empty or unreadable is a finding on the field. */
    static int geheel(@Nullable String tekst, String veld, String voorbeeld) {
        try {
            return Integer.parseInt(tekst == null ? "" : tekst.strip());
        } catch (NumberFormatException onleesbaar) {
            throw new OngeldigeInvoer(
                    new Veldfout(veld, "getal.ongeldig", "Vul een heel getal in, zoals " + voorbeeld + "."));
        }
    }

    /** Reads a percentage such as "70" or "66,5". */
    static BigDecimal procent(@Nullable String tekst, String veld) {
        try {
            return new BigDecimal(
                    tekst == null ? "" : tekst.strip().replace("%", "").replace(',', '.'));
        } catch (NumberFormatException onleesbaar) {
            throw new OngeldigeInvoer(new Veldfout(veld, "getal.ongeldig", "Vul een percentage in, zoals 70."));
        }
    }
}
