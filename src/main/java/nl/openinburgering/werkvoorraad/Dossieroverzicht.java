package nl.openinburgering.werkvoorraad;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.openinburgering.inburgeraar.Afsluitreden;
import nl.openinburgering.platform.web.Navigatie;
import nl.openinburgering.shared.Leerroute;

/**
 * The person's file as an overview: the stage with the current step and the button to take it, the route and
 * level, the responsible consulent, the open signals each with the page where it is resolved, and a timeline
 * of what happened, newest first.
 *
 * @param fase       the stage; {@link Fase#AFGESLOTEN} while the file is closed
 * @param bereikt    the stage the work had reached (equal to {@code fase} unless the file is closed)
 * @param afsluiting why and from when the file is closed, while it is
 * @param stap       the page where the current step is taken; empty when the file is done or closed
 * @param signalen   the open signals with, per signal, where it is resolved
 */
public record Dossieroverzicht(
        UUID inburgeraarId,
        Fase fase,
        Fase bereikt,
        Optional<Afsluiting> afsluiting,
        Optional<Navigatie.Punt> stap,
        Optional<Leerroute> leerroute,
        Optional<String> niveau,
        Optional<String> consulent,
        List<OpenSignaal> signalen,
        List<Gebeurtenis> tijdlijn) {

    /** The stages of a file, in order; a file ends either done or closed (R1.11). */
    public enum Fase {
        INTAKE,
        PIP,
        LEERROUTE,
        PVT_MAP,
        AFGEROND,
        AFGESLOTEN
    }

    /** R1.11: the file was closed on {@code datum} for {@code reden}. */
    public record Afsluiting(Afsluitreden reden, LocalDate datum) {}

    /** The kinds of event of the timeline, to filter on. */
    public enum Soort {
        INTAKE,
        PIP,
        LEERROUTE,
        PVT_MAP,
        TOEWIJZING,
        BRIEF,
        UREN,
        BERICHT,
        AFSLUITING
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

    /** The stages the stepper shows: ending in "done", or in "closed" while the file is closed. */
    public List<Fase> fasen() {
        return List.of(
                Fase.INTAKE,
                Fase.PIP,
                Fase.LEERROUTE,
                Fase.PVT_MAP,
                afsluiting.isPresent() ? Fase.AFGESLOTEN : Fase.AFGEROND);
    }

    /** The stage's place in the order, for the stepper: the stages before the one reached are done. */
    public boolean voorbij(Fase andere) {
        return andere != fase && (andere.ordinal() < bereikt.ordinal() || bereikt == Fase.AFGEROND);
    }
}
