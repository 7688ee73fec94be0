package nl.openinburgering.portaal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.openinburgering.shared.Gemeentecode;
import nl.openinburgering.shared.OngeldigeInvoer;
import nl.openinburgering.shared.Veldfout;

/**
 * A message between the person and the gemeente. A message from the person stays open in the consulent's
 * worklist until the consulent answers it or marks it handled.
 */
public record Bericht(
        UUID id,
        Gemeentecode gemeente,
        UUID inburgeraarId,
        Richting richting,
        String onderwerp,
        String tekst,
        String afzender,
        Instant verzondenOp,
        Optional<Instant> afgehandeldOp) {

    public static final int MAXIMUM_ONDERWERP = 120;
    public static final int MAXIMUM_TEKST = 4000;

    /** A new message; a subject and a text are required, at most 120 and 4000 characters. */
    public static Bericht schrijf(
            Gemeentecode gemeente,
            UUID inburgeraarId,
            Richting richting,
            String onderwerp,
            String tekst,
            String afzender,
            Instant nu) {
        String o = onderwerp.strip();
        String t = tekst.strip();
        List<Veldfout> fouten = new ArrayList<>();
        if (o.isEmpty()) {
            fouten.add(new Veldfout("onderwerp", "verplicht", "Vul een onderwerp in."));
        } else if (o.length() > MAXIMUM_ONDERWERP) {
            fouten.add(
                    new Veldfout("onderwerp", "te.lang", "Het onderwerp is te lang. Gebruik ten hoogste 120 tekens."));
        }
        if (t.isEmpty()) {
            fouten.add(new Veldfout("tekst", "verplicht", "Schrijf uw bericht."));
        } else if (t.length() > MAXIMUM_TEKST) {
            fouten.add(new Veldfout("tekst", "te.lang", "Het bericht is te lang. Gebruik ten hoogste 4000 tekens."));
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
        return new Bericht(UUID.randomUUID(), gemeente, inburgeraarId, richting, o, t, afzender, nu, Optional.empty());
    }

    public java.time.LocalDateTime lokaalVerzonden() {
        return java.time.LocalDateTime.ofInstant(verzondenOp, nl.openinburgering.shared.Vandaag.NEDERLAND);
    }

    public boolean open() {
        return richting == Richting.VAN_INBURGERAAR && afgehandeldOp.isEmpty();
    }

    /** The event of this message, for the e-mail notification and the worklist. */
    public BerichtVerzonden verzonden() {
        return new BerichtVerzonden(id, gemeente, inburgeraarId, richting);
    }
}
