package nl.openinburgering.intake;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Everything of a person's handover and intake in one read, with the facts from the registry it needs: the
 * name for the page, and whether the settlement date (BRP) is still missing (R12.4: before housing).
 */
public record Intakedossier(
        UUID inburgeraarId,
        String naam,
        @Nullable LocalDate datumVestigingGemeente,
        Overdracht overdracht,
        List<Gesprek> gesprekken,
        Bevindingen bevindingen,
        Leerbaarheidstoets leerbaarheidstoets,
        List<NietVerschenen> nietVerschenen,
        Optional<Routekeuze> routekeuze,
        Routeadvies routeadvies,
        long versie) {

    /** R12.4: the handover may start before the person lives in the gemeente; the registry is then incomplete. */
    public boolean vestigingOntbreekt() {
        return datumVestigingGemeente == null;
    }
}
