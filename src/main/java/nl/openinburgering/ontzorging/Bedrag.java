package nl.openinburgering.ontzorging;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import nl.openinburgering.shared.OngeldigeInvoer;
import nl.openinburgering.shared.Veldfout;

/** Amounts are kept in euro cents (a {@code long}), so sums are exact; these helpers read and show them. */
public final class Bedrag {

    private Bedrag() {}

    /** {@code 123456} → {@code "€ 1.234,56"}. */
    public static String euro(long centen) {
        DecimalFormat formaat = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.of("nl", "NL")));
        return "€ " + formaat.format(BigDecimal.valueOf(centen, 2));
    }

    /** {@code 123456} → {@code "1234.56"}, as SEPA and CSV want it. */
    public static String decimaal(long centen) {
        return BigDecimal.valueOf(centen, 2).toPlainString();
    }

    /** Reads "650", "650,50" or "650.50" as cents; null for an empty field. */
    public static @Nullable Long centen(@Nullable String invoer, String veld) {
        if (invoer == null || invoer.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(invoer.strip().replace(',', '.'))
                    .movePointRight(2)
                    .longValueExact();
        } catch (NumberFormatException | ArithmeticException onleesbaar) {
            throw new OngeldigeInvoer(new Veldfout(veld, "bedrag.ongeldig", "Vul een bedrag in, zoals 650 of 649,50."));
        }
    }
}
