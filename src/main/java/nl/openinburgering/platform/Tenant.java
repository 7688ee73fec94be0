package nl.openinburgering.platform;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import nl.openinburgering.shared.Gemeentecode;

/**
 * The gemeente whose data the current work may touch. Normally that is the logged-in user's gemeente; work
 * without a user (demo data, scheduled jobs) names its gemeente explicitly with {@link #alsGemeente}.
 * The transaction manager hands this value to PostgreSQL's row-level security at the start of every
 * transaction, so a query without a tenant sees no rows at all.
 */
public final class Tenant {

    private static final ThreadLocal<Gemeentecode> SYSTEEMTAAK = new ThreadLocal<>();

    private Tenant() {}

    public static Optional<Gemeentecode> huidige() {
        Gemeentecode systeem = SYSTEEMTAAK.get();
        if (systeem != null) {
            return Optional.of(systeem);
        }
        return HuidigeGebruiker.huidige().flatMap(Gebruiker::gemeente);
    }

    /**
     * The provider (aanbieder) the current user acts for, if any. Work that runs as a gemeente
     * ({@link #alsGemeente}) never acts for a provider. See docs/adr/0005.
     */
    public static Optional<UUID> huidigeAanbieder() {
        if (SYSTEEMTAAK.get() != null) {
            return Optional.empty();
        }
        return HuidigeGebruiker.huidige().flatMap(Gebruiker::aanbieder);
    }

    /** The gemeente of the current user; a user without one may not touch gemeente data. */
    public static Gemeentecode vereist() {
        return huidige().orElseThrow(() -> new GeenGemeente());
    }

    public static <T> T alsGemeente(Gemeentecode gemeente, Supplier<T> werk) {
        Gemeentecode vorige = SYSTEEMTAAK.get();
        SYSTEEMTAAK.set(gemeente);
        try {
            return werk.get();
        } finally {
            if (vorige == null) {
                SYSTEEMTAAK.remove();
            } else {
                SYSTEEMTAAK.set(vorige);
            }
        }
    }

    /** Raised when gemeente data is asked for without a gemeente: treated as "not found". */
    public static final class GeenGemeente extends RuntimeException {
        GeenGemeente() {
            super("Geen gemeente bekend voor deze gebruiker");
        }
    }
}
