package nl.openinburgering.duo;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** One notification in the inbox, as the functioneel beheerder's page and the file's DUO page show it. */
public record Notificatie(
        UUID berichtId,
        String gebeurtenisId,
        Instant registratie,
        Instant ontvangenOp,
        String status,
        int pogingen,
        @Nullable String laatsteFout,
        @Nullable UUID inburgeraarId) {

    public String omschrijving() {
        return Gebeurtenis.van(gebeurtenisId).map(Gebeurtenis::omschrijving).orElse("Onbekende gebeurtenis");
    }
}
