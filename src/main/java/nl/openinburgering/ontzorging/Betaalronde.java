package nl.openinburgering.ontzorging;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The payment run of one month for the whole gemeente: recorded once (a month is never paid twice), reviewed and
 * fixed by the financiële administratie, exported as SEPA and CSV as often as needed, always the same file.
 * A concept (not yet recorded) has no id.
 */
public record Betaalronde(
        Optional<UUID> id,
        YearMonth maand,
        Optional<String> vastgesteldDoor,
        Optional<OffsetDateTime> vastgesteldOp,
        Optional<OffsetDateTime> geexporteerdOp,
        List<Betaalregel> regels) {

    /** The transfers of the SEPA file. */
    public List<Betaalregel> overboekingen() {
        return regels.stream().filter(Betaalregel::overboeking).toList();
    }

    /** Number of transactions ({@code NbOfTxs}). */
    public int aantalTransacties() {
        return overboekingen().size();
    }

    /** Control sum ({@code CtrlSum}) in cents: the total of the transfers. */
    public long controlesomInCenten() {
        return overboekingen().stream().mapToLong(Betaalregel::bedragInCenten).sum();
    }

    /** Negative corrections: to settle with the creditors, not transferred. */
    public long teVerrekenenInCenten() {
        return regels.stream()
                .filter(r -> !r.overboeking())
                .mapToLong(Betaalregel::bedragInCenten)
                .sum();
    }

    public String controlesom() {
        return Bedrag.euro(controlesomInCenten());
    }

    public String teVerrekenen() {
        return Bedrag.euro(teVerrekenenInCenten());
    }

    public boolean vastgesteld() {
        return id.isPresent();
    }

    /** The requested execution date: the first of the month, or the day of recording when that is later. */
    public LocalDate uitvoerdatum() {
        LocalDate eerste = maand.atDay(1);
        return vastgesteldOp
                .map(OffsetDateTime::toLocalDate)
                .filter(dag -> dag.isAfter(eerste))
                .orElse(eerste);
    }
}
