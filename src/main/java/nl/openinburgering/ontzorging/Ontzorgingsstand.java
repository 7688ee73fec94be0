package nl.openinburgering.ontzorging;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * What the worklist needs of one ontzorging (R7.3, R7.4): the planned end, whether it ended or was extended, and
 * the machtiging.
 */
public record Ontzorgingsstand(
        UUID inburgeraarId,
        LocalDate startBijstand,
        LocalDate minimumEinde,
        LocalDate geplandEinde,
        boolean beeindigd,
        boolean verlengd,
        Machtiging machtiging,
        Optional<LocalDate> machtigingDatum) {}
