package nl.openinburgering.werkvoorraad;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import nl.openinburgering.pip.PipConcept;
import nl.openinburgering.platform.web.Navigatie;

/**
 * Where each kind of signal is resolved: the page (and section) where the consulent does what the signal asks,
 * with the message key of the button. A PIP-termijn goes to the PIP editor: the concept when there is one
 * (a second concept is refused), otherwise a new PIP. A kind without its own page goes to the person's file.
 */
public final class Oplospagina {

    private static final Map<Signaalsoort, Function<UUID, Navigatie.Punt>> PAGINAS = new EnumMap<>(Signaalsoort.class);

    static {
        PAGINAS.put(Signaalsoort.PIP_TERMIJN, id -> punt("/inburgeraars/" + id + "/pips/nieuw", "PIP_TERMIJN"));
        PAGINAS.put(
                Signaalsoort.INBURGERINGSTERMIJN,
                id -> punt("/inburgeraars/" + id + "/leerroute", "INBURGERINGSTERMIJN"));
        PAGINAS.put(Signaalsoort.PVT_TERMIJN, id -> punt("/inburgeraars/" + id + "/pvt", "PVT_TERMIJN"));
        PAGINAS.put(
                Signaalsoort.MAP_TERMIJN, id -> punt("/inburgeraars/" + id + "/map#eindgesprek-titel", "MAP_TERMIJN"));
        PAGINAS.put(
                Signaalsoort.Z_ROUTE_TEMPO,
                id -> punt("/inburgeraars/" + id + "/leerroute#uren-titel", "Z_ROUTE_TEMPO"));
        PAGINAS.put(Signaalsoort.VERZUIM, id -> punt("/inburgeraars/" + id + "/leerroute#deelnames-titel", "VERZUIM"));
        PAGINAS.put(
                Signaalsoort.VOORTGANGSGESPREK,
                id -> punt("/werkvoorraad/inburgeraars/" + id + "/toewijzing#gesprek-formulier", "VOORTGANGSGESPREK"));
        PAGINAS.put(Signaalsoort.HANDHAVING, id -> punt("/inburgeraars/" + id + "/handhaving", "HANDHAVING"));
        PAGINAS.put(Signaalsoort.PW_VERWIJZING, id -> punt("/inburgeraars/" + id + "/handhaving", "PW_VERWIJZING"));
        PAGINAS.put(
                Signaalsoort.ONTZORGING_ZES_MAANDEN,
                id -> punt("/inburgeraars/" + id + "/ontzorging", "ONTZORGING_ZES_MAANDEN"));
        PAGINAS.put(
                Signaalsoort.MACHTIGING_GEWEIGERD,
                id -> punt("/inburgeraars/" + id + "/ontzorging", "MACHTIGING_GEWEIGERD"));
        PAGINAS.put(
                Signaalsoort.BEGELEIDING_EINDE,
                id -> punt("/inburgeraars/" + id + "/begeleiding", "BEGELEIDING_EINDE"));
        PAGINAS.put(Signaalsoort.PORTAAL_BERICHT, id -> punt("/inburgeraars/" + id + "/berichten", "PORTAAL_BERICHT"));
        PAGINAS.put(
                Signaalsoort.DUO_WEIGERING,
                id -> punt("/inburgeraars/" + id + "/duo#meldingen-titel", "DUO_WEIGERING"));
    }

    private Oplospagina() {}

    /** The page where this signal is resolved; {@code concept} is the person's concept PIP, if any. */
    public static Navigatie.Punt voor(Signaal signaal, Optional<PipConcept> concept) {
        UUID id = signaal.inburgeraarId();
        if (signaal.soort() == Signaalsoort.PIP_TERMIJN && concept.isPresent()) {
            return new Navigatie.Punt(
                    "/inburgeraars/" + id + "/pips/" + concept.get().pipId() + "/bewerken",
                    "werkvoorraad.oplossen.PIP_TERMIJN.concept");
        }
        return PAGINAS.getOrDefault(signaal.soort(), Oplospagina::dossier).apply(id);
    }

    private static Navigatie.Punt dossier(UUID id) {
        return new Navigatie.Punt("/inburgeraars/" + id, "werkvoorraad.oplossen.dossier");
    }

    private static Navigatie.Punt punt(String href, String soort) {
        return new Navigatie.Punt(href, "werkvoorraad.oplossen." + soort);
    }
}
