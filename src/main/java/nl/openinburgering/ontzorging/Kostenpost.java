package nl.openinburgering.ontzorging;

import java.time.YearMonth;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One fixed cost the gemeente pays for the person (R7.2, R7.7): the creditor with the account, the payment
 * reference, the monthly amount in euro cents, the first and (if known) last month, and the hand-back (R7.6).
 * Every saved change raises {@code versie}, so an edit made on a stale copy is refused (optimistic locking).
 */
public record Kostenpost(
        UUID id,
        Kostensoort soort,
        String crediteurNaam,
        Iban iban,
        @Nullable String kenmerk,
        long bedragInCenten,
        YearMonth startmaand,
        Optional<YearMonth> eindmaand,
        Optional<Overdracht> overdracht,
        long versie) {

    /** An item as entered, before it is saved for the first time. */
    public Kostenpost(
            UUID id,
            Kostensoort soort,
            String crediteurNaam,
            Iban iban,
            @Nullable String kenmerk,
            long bedragInCenten,
            YearMonth startmaand,
            Optional<YearMonth> eindmaand,
            Optional<Overdracht> overdracht) {
        this(id, soort, crediteurNaam, iban, kenmerk, bedragInCenten, startmaand, eindmaand, overdracht, 0);
    }

    /** Whether the gemeente pays this item for {@code maand}: within its months and not yet handed back. */
    public boolean verschuldigd(YearMonth maand) {
        return !maand.isBefore(startmaand)
                && eindmaand.map(eind -> !maand.isAfter(eind)).orElse(true)
                && overdracht.map(o -> maand.isBefore(o.vanaf())).orElse(true);
    }

    /** The monthly amount as shown: {@code € 650,00}. */
    public String bedrag() {
        return Bedrag.euro(bedragInCenten);
    }

    public boolean overgedragen() {
        return overdracht.isPresent();
    }
}
