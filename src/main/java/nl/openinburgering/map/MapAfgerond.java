package nl.openinburgering.map;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.openinburgering.shared.Verwijtbaar;

/**
 * The MAP was completed with a sufficient eindgesprek (R6.4); {@code datum} is DUO's datumEindgesprekMap (R6.5),
 * published so that module duo writes its melding in the same transaction.
 *
 * @param verwijtbaar the gemeente's R6.5 judgement when the termijn was exceeded; absent when completed in time */
public record MapAfgerond(
        UUID inburgeraarId,
        String gemeentecode,
        LocalDate datumEindgesprek,
        @Nullable Verwijtbaar verwijtbaar) {}
