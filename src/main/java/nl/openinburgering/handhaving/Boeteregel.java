package nl.openinburgering.handhaving;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** One imposed fine for the debiteurenadministratie: who owes what since when, and its payment state. */
public record Boeteregel(
        UUID zaakId,
        String kenmerk,
        String bsn,
        String naam,
        String adres,
        Grond grond,
        LocalDate besluitDatum,
        BigDecimal bedrag,
        Betaalstatus betaalstatus) {}
