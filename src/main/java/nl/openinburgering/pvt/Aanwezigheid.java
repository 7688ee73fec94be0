package nl.openinburgering.pvt;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import nl.openinburgering.shared.MapThema;

/** One person's registered presence (or absence) at one session, with what the session counts for. */
public record Aanwezigheid(
        UUID bijeenkomstId,
        LocalDate datum,
        String onderwerp,
        Programma programma,
        BigDecimal uren,
        boolean activiteit,
        Optional<MapThema> mapThema,
        boolean aanwezig) {}
