package nl.openinburgering.inburgeraar;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.openinburgering.shared.Bsn;

/**
 * The facts about a person that other modules' rules need (the PIP's R3.13, R3.3, R2.9), without the rest of
 * the file. Reading them is not logged here: the caller logs its own processing activity.
 */
public record InburgeraarFeiten(
        UUID id,
        Bsn bsn,
        Doelgroep doelgroep,
        LocalDate datumStartInburgeringsplicht,
        @Nullable LocalDate datumVestigingGemeente,
        Optional<Inburgeringstermijn> inburgeringstermijn) {}
