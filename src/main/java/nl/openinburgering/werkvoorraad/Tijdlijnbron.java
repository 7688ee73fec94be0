package nl.openinburgering.werkvoorraad;

import java.util.List;
import java.util.UUID;

import nl.openinburgering.werkvoorraad.Dossieroverzicht.Gebeurtenis;

/**
 * The extension point of the file's timeline: a module adds what happened in its part of a person's file by
 * adding one bean, read through its own facade (which logs the read). A module that depends on werkvoorraad (such
 * as {@code portaal}) implements it in its {@code internal} package, so werkvoorraad never depends on it.
 */
public interface Tijdlijnbron {

    /** The events of the person's file from this source, in any order; a person of another gemeente: 404. */
    List<Gebeurtenis> gebeurtenissen(UUID inburgeraarId);
}
