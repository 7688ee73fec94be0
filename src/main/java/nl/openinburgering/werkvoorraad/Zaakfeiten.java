package nl.openinburgering.werkvoorraad;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import nl.openinburgering.inburgeraar.InburgeraarBeheer;
import nl.openinburgering.inburgeraar.Termijnfeiten;
import nl.openinburgering.pip.PipBeheer;
import nl.openinburgering.pip.PipStand;

/**
 * The cases of one worklist request and the two facts most signal sources need: the registry's deadline facts
 * and the current PIPs. Each is read at most once per request, on first use, and shared by every
 * {@link Signaalbron}: before, seven sources read the deadline facts and four the PIP state themselves, which
 * was most of a teamleider's worklist time (docs/performance.md, "Werkvoorraad"). Lives for one request only,
 * so it never shows stale data.
 */
public final class Zaakfeiten {

    private final Zaken zaken;
    private final Supplier<List<Termijnfeiten>> termijnfeiten;
    private final Supplier<List<PipStand>> pipStand;

    Zaakfeiten(Zaken zaken, Supplier<List<Termijnfeiten>> termijnfeiten, Supplier<List<PipStand>> pipStand) {
        this.zaken = zaken;
        this.termijnfeiten = eenmalig(termijnfeiten);
        this.pipStand = eenmalig(pipStand);
    }

    /** Reads lazily through the owning modules' bulk facades, scoped to {@code zaken}. */
    public static Zaakfeiten van(Zaken zaken, InburgeraarBeheer inburgeraars, PipBeheer pips) {
        return new Zaakfeiten(
                zaken,
                () -> zaken.ids().map(inburgeraars::termijnfeiten).orElseGet(inburgeraars::termijnfeiten),
                () -> zaken.ids().map(pips::stand).orElseGet(pips::stand));
    }

    public Zaken zaken() {
        return zaken;
    }

    /** The deadline facts of every active file in scope. */
    public List<Termijnfeiten> termijnfeiten() {
        return termijnfeiten.get();
    }

    /** The deadline facts of those of {@code ids} that are active files in scope. */
    public List<Termijnfeiten> termijnfeiten(Collection<UUID> ids) {
        Set<UUID> gevraagd = ids instanceof Set<UUID> set ? set : Set.copyOf(ids);
        return termijnfeiten().stream().filter(f -> gevraagd.contains(f.id())).toList();
    }

    /** The current vastgesteld PIP of every person in scope that has one. */
    public List<PipStand> pipStand() {
        return pipStand.get();
    }

    private static <T> Supplier<T> eenmalig(Supplier<T> lezer) {
        return new Supplier<>() {
            private @Nullable T waarde;

            @Override
            public T get() {
                if (waarde == null) {
                    waarde = lezer.get();
                }
                return waarde;
            }
        };
    }
}
