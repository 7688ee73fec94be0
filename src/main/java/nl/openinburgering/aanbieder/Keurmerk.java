package nl.openinburgering.aanbieder;

import java.time.LocalDate;

/** A provider's quality mark, in practice Blik op Werk (R4.8, R3.11), valid up to and including a date. */
public record Keurmerk(Soort soort, LocalDate geldigTot) {

    public enum Soort {
        BLIK_OP_WERK
    }

    /** R4.8: the keurmerk counts on a day up to and including {@code geldigTot}. */
    public boolean geldigOp(LocalDate datum) {
        return !datum.isAfter(geldigTot);
    }
}
