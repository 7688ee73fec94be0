package nl.openinburgering.werkvoorraad;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * One source of signals, usually one per module (PIP term, inburgeringstermijn, AOW age, voortgangsgesprekken
 * now; VERZUIM, PVT_TERMIJN, MAP_TERMIJN and the Z-route pace later). Adding one is adding one Spring bean that
 * implements this; the werkvoorraad picks up every bean. Put the class in {@code werkvoorraad/internal} and let
 * it call the owning module's bulk facade method (for VERZUIM: the aanbieder module's {@code verzuim(peildatum)}),
 * so the werkvoorraad depends on that module and never the other way round (no cycle when that module later uses
 * the PIP or the registry). Name the rule in the signal ({@code regel}) and in its test, and test the rule on
 * both sides of each boundary with a fixed peildatum, as {@code SignaalbronTests} does.
 *
 * <p>Contract: take the deadline facts and the PIP state from {@link Zaakfeiten} (read once per request for
 * all sources), read any other data of all {@code zaken} at once through the owning module's facade (set-based,
 * never one query per person), stay within the user's gemeente, compute from the facts as they are on
 * {@code peildatum} (never from the real date), and return nothing for a person who needs no action.
 */
public interface Signaalbron {

    /** The kinds this source can produce; a worklist filtered on another kind skips this source. */
    Set<Signaalsoort> soorten();

    List<Signaal> signalen(Zaakfeiten zaken, LocalDate peildatum);
}
