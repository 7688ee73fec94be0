package nl.openinburgering.ontzorging;

import java.time.YearMonth;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One line of a payment run: the regular payment of a cost item for a month, or a correction of a month paid
 * before whose item was changed afterwards. A positive amount is a transfer in the SEPA file; a negative
 * correction is an amount to settle with the creditor (never a transfer).
 */
public record Betaalregel(
        UUID id,
        UUID kostenpostId,
        UUID inburgeraarId,
        String persoon,
        Kostensoort kostensoort,
        YearMonth maand,
        Regelsoort soort,
        long bedragInCenten,
        String crediteurNaam,
        Iban iban,
        @Nullable String kenmerk) {

    public enum Regelsoort {
        REGULIER,
        CORRECTIE
    }

    /** A transfer in the SEPA file: every line with a positive amount. */
    public boolean overboeking() {
        return bedragInCenten > 0;
    }

    /** The amount as shown: {@code € 650,00}. */
    public String bedrag() {
        return Bedrag.euro(bedragInCenten);
    }

    /** The remittance information for the creditor: the payment reference and what the payment is for. */
    public String omschrijving() {
        String wat = "Vaste lasten " + maand + (soort == Regelsoort.CORRECTIE ? " correctie" : "");
        String tekst = kenmerk == null ? wat : kenmerk + " " + wat;
        return tekst.length() <= 140 ? tekst : tekst.substring(0, 140);
    }

    /** Without the person's name, for the facade's own use before names are read. */
    Betaalregel metPersoon(String naam) {
        return new Betaalregel(
                id,
                kostenpostId,
                inburgeraarId,
                naam,
                kostensoort,
                maand,
                soort,
                bedragInCenten,
                crediteurNaam,
                iban,
                kenmerk);
    }
}
