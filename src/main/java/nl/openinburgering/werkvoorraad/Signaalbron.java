package nl.openinburgering.werkvoorraad;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * One source of signals, usually one per module (PIP term, inburgeringstermijn, AOW age, voortgangsgesprekken
 * now; VERZUIM, PVT_TERMIJN, MAP_TERMIJN and the Z-route pace later). A module adds its signals by adding one
 * Spring bean that implements this; the werkvoorraad picks up every bean.
 *
 * <p>Contract: read the data of all {@code zaken} at once through the owning module's facade (set-based, never
 * one query per person), stay within the user's gemeente, compute from the facts as they are on
 * {@code peildatum} (never from the real date), and return nothing for a person who needs no action.
 */
public interface Signaalbron {

    /** The kinds this source can produce; a worklist filtered on another kind skips this source. */
    Set<Signaalsoort> soorten();

    List<Signaal> signalen(Zaken zaken, LocalDate peildatum);
}
