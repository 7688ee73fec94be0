package nl.openinburgering.ontzorging;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Optional;
import java.util.UUID;

/** One recorded run in the list: month, transfers, total, who fixed it and when it was first exported. */
public record BetaalrondeSamenvatting(
        UUID id,
        YearMonth maand,
        int aantalTransacties,
        long controlesomInCenten,
        String vastgesteldDoor,
        OffsetDateTime vastgesteldOp,
        Optional<OffsetDateTime> geexporteerdOp) {

    public String controlesom() {
        return Bedrag.euro(controlesomInCenten);
    }
}
