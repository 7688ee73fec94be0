package nl.openinburgering.werkvoorraad;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.openinburgering.platform.web.Navigatie;
import nl.openinburgering.shared.Leerroute;

/**
 * The person's file as an overview: the stage with the current step and the button to take it, the route and
 * level, the responsible consulent, the open signals each with the page where it is resolved, and a timeline
 * of what happened, newest first.
 *
 * @param stap     the page where the current step is taken; empty when the file is done
 * @param signalen the open signals with, per signal, where it is resolved
 */
public record Dossieroverzicht(
        UUID inburgeraarId,
        Fase fase,
        Optional<Navigatie.Punt> stap,
        Optional<Leerroute> leerroute,
        Optional<String> niveau,
        Optional<String> consulent,
        List<OpenSignaal> signalen,
        List<Gebeurtenis> tijdlijn) {

    /** The stages of a file, in order. */
    public enum Fase {
        INTAKE,
        PIP,
        LEERROUTE,
        PVT_MAP,
        AFGEROND
    }

    /** The kinds of event of the timeline, to filter on. */
    public enum Soort {
        INTAKE,
        PIP,
        LEERROUTE,
        PVT_MAP,
        TOEWIJZING
    }

    public record OpenSignaal(Signaal signaal, Navigatie.Punt oplossen) {}

    /**
     * One event: when, what kind, the message key of its text with the arguments, and where to see it.
     */
    public record Gebeurtenis(
            LocalDate datum, Soort soort, String berichtsleutel, List<String> argumenten, Optional<String> href) {

        public Gebeurtenis {
            argumenten = List.copyOf(argumenten);
        }
    }

    public Dossieroverzicht {
        signalen = List.copyOf(signalen);
        tijdlijn = List.copyOf(tijdlijn);
    }

    /** The stage's place in the order, for the stepper: earlier stages are done. */
    public boolean voorbij(Fase andere) {
        return andere.ordinal() < fase.ordinal() || fase == Fase.AFGEROND;
    }
}
