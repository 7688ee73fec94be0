package nl.openinburgering.inburgeraar;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.openinburgering.shared.Bsn;

/**
 * The facts about a person that other modules' rules need (the PIP's R3.13, R3.3, R2.9), without the rest of
 * the file, with the exam parts a partial vrijstelling or ontheffing covers (R1.7, R1.9). Reading them is not logged here: the caller logs its own processing activity.
 */
public record InburgeraarFeiten(
        UUID id,
        Bsn bsn,
        Doelgroep doelgroep,
        LocalDate datumStartInburgeringsplicht,
        @Nullable LocalDate datumVestigingGemeente,
        Optional<Inburgeringstermijn> inburgeringstermijn,
        Set<Examendeel> vrijgesteldeOnderdelen) {

    public InburgeraarFeiten {
        vrijgesteldeOnderdelen = Set.copyOf(vrijgesteldeOnderdelen);
    }

    /** Without a partial vrijstelling or ontheffing (R1.7, R1.9). */
    public InburgeraarFeiten(
            UUID id,
            Bsn bsn,
            Doelgroep doelgroep,
            LocalDate datumStartInburgeringsplicht,
            @Nullable LocalDate datumVestigingGemeente,
            Optional<Inburgeringstermijn> inburgeringstermijn) {
        this(id, bsn, doelgroep, datumStartInburgeringsplicht, datumVestigingGemeente, inburgeringstermijn, Set.of());
    }
}
