package nl.openinburgering.portaal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.openinburgering.shared.Gemeentecode;
import nl.openinburgering.shared.OngeldigeInvoer;
import nl.openinburgering.shared.Veldfout;

/**
 * A conversation the consulent planned with the person: the intake, a voortgangsgesprek or another appointment,
 * at a moment (Dutch local time) and a place (an address, or "video" / "telefoon"), with an optional note that
 * the person reads in the portal.
 */
public record Gesprek(
        UUID id,
        Gemeentecode gemeente,
        UUID inburgeraarId,
        Soort soort,
        LocalDateTime moment,
        String plaats,
        String notitie,
        String geplandDoor,
        Instant geplandOp) {

    public static final int MAXIMUM_PLAATS = 200;
    public static final int MAXIMUM_NOTITIE = 500;

    public enum Soort {
        INTAKE,
        VOORTGANGSGESPREK,
        ANDERS
    }

    /** The appointment's key for the person's answer ({@code portaal_afspraakreactie}). */
    public String sleutel() {
        return "GESPREK:" + id;
    }

    /** Checks the form: a kind, a moment from now on, a place, a note of at most 500 characters. */
    public static Gesprek plan(
            Gemeentecode gemeente,
            UUID inburgeraarId,
            @Nullable Soort soort,
            @Nullable LocalDateTime moment,
            String plaats,
            String notitie,
            String door,
            LocalDateTime nu,
            Instant geplandOp) {
        List<Veldfout> fouten = new ArrayList<>();
        if (soort == null) {
            fouten.add(new Veldfout("soort", "verplicht", "Kies wat voor afspraak het is."));
        }
        if (moment == null) {
            fouten.add(new Veldfout("moment", "verplicht", "Vul de datum en het tijdstip in."));
        } else if (moment.isBefore(nu)) {
            fouten.add(new Veldfout("moment", "verleden", "Een afspraak plant u vanaf nu, niet in het verleden."));
        }
        String p = plaats.strip();
        if (p.isEmpty()) {
            fouten.add(new Veldfout("plaats", "verplicht", "Vul de plaats in, of video of telefoon."));
        } else if (p.length() > MAXIMUM_PLAATS) {
            fouten.add(new Veldfout("plaats", "te.lang", "De plaats mag ten hoogste 200 tekens zijn."));
        }
        String n = notitie.strip();
        if (n.length() > MAXIMUM_NOTITIE) {
            fouten.add(new Veldfout("notitie", "te.lang", "De notitie mag ten hoogste 500 tekens zijn."));
        }
        if (!fouten.isEmpty() || soort == null || moment == null) {
            throw new OngeldigeInvoer(fouten);
        }
        return new Gesprek(UUID.randomUUID(), gemeente, inburgeraarId, soort, moment, p, n, door, geplandOp);
    }

    /** The event of a planned conversation: ids only. */
    public GesprekGepland gepland() {
        return new GesprekGepland(id, gemeente, inburgeraarId);
    }
}
