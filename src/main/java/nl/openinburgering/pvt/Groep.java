package nl.openinburgering.pvt;

import java.time.Instant;
import java.util.UUID;

/** A group of inburgeraars invited together for PVT or MAP sessions. */
public record Groep(
        UUID id, String naam, Programma programma, int aantalLeden, int aantalBijeenkomsten, Instant aangemaaktOp) {}
