package nl.openinburgering.begeleiding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.openinburgering.inburgeraar.Doelgroep;
import nl.openinburgering.shared.Conflict;
import nl.openinburgering.shared.OngeldigeInvoer;
import nl.openinburgering.shared.Veldfout;

/**
 * The begeleidingstraject of one asielstatushouder: the partner that guides, the agreed period (R8.4) and, once
 * closed, the closing summary for the consulent.
 *
 * @param einddatum the end of the agreed duration (exclusive: the day the begeleiding is due to end)
 */
public record Begeleidingstraject(
        UUID id,
        UUID inburgeraarId,
        Partner partner,
        LocalDate startdatum,
        LocalDate einddatum,
        Optional<Afsluiting> afsluiting) {

    /** The default agreed duration (R8.4, UNCONFIRMED: "about a year"), a setting of the gemeente. */
    public static final int STANDAARD_DUUR_MAANDEN = 12;

    public static final int MINIMALE_DUUR_MAANDEN = 1;
    public static final int MAXIMALE_DUUR_MAANDEN = 60;

    /** The closing of the traject: when, by whom, and the summary for the consulent. */
    public record Afsluiting(LocalDate datum, String samenvatting, String door) {}

    /**
     * R8.1, D7: starts a traject for an asielstatushouder (family members who followed them are asielstatushouders
     * too); a gezinsmigrant or overige migrant is refused. R8.4: it runs for the gemeente's agreed duration.
     */
    public static Begeleidingstraject start(
            UUID inburgeraarId,
            Doelgroep doelgroep,
            @Nullable Partner partner,
            @Nullable LocalDate startdatum,
            int duurMaanden,
            LocalDate vandaag) {
        List<Veldfout> fouten = new ArrayList<>();
        if (doelgroep != Doelgroep.ASIELSTATUSHOUDER) {
            fouten.add(new Veldfout(
                    "doelgroep",
                    "R8.1",
                    "Maatschappelijke begeleiding is er alleen voor asielstatushouders en hun nareizende gezinsleden, "
                            + "niet voor gezinsmigranten of overige migranten."));
        }
        if (partner == null) {
            fouten.add(new Veldfout("partner", "verplicht", "Kies de organisatie die de begeleiding geeft."));
        }
        if (startdatum == null) {
            fouten.add(new Veldfout("startdatum", "verplicht", "Vul de startdatum in."));
        } else if (startdatum.isAfter(vandaag.plusMonths(3))) {
            fouten.add(new Veldfout(
                    "startdatum", "startdatum.toekomst", "De startdatum ligt hoogstens drie maanden na vandaag."));
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
        LocalDate start = Objects.requireNonNull(startdatum);
        return new Begeleidingstraject(
                UUID.randomUUID(),
                inburgeraarId,
                Objects.requireNonNull(partner),
                start,
                einde(start, duurMaanden),
                Optional.empty());
    }

    /** R8.4: the end of the agreed duration, {@code duurMaanden} calendar months after the start. */
    public static LocalDate einde(LocalDate startdatum, int duurMaanden) {
        return startdatum.plusMonths(duurMaanden);
    }

    /** R8.4: the agreed duration must lie between 1 and 60 months. */
    public static void toetsDuur(int duurMaanden) {
        if (duurMaanden < MINIMALE_DUUR_MAANDEN || duurMaanden > MAXIMALE_DUUR_MAANDEN) {
            throw new OngeldigeInvoer(new Veldfout(
                    "duurMaanden",
                    "R8.4",
                    "De afgesproken duur ligt tussen " + MINIMALE_DUUR_MAANDEN + " en " + MAXIMALE_DUUR_MAANDEN
                            + " maanden."));
        }
    }

    public boolean afgesloten() {
        return afsluiting.isPresent();
    }

    /**
     * Closes the traject with a summary for the consulent: once only (409), not before the start and not in the
     * future.
     */
    public Begeleidingstraject sluitAf(
            @Nullable LocalDate datum, @Nullable String samenvatting, String door, LocalDate vandaag) {
        if (afgesloten()) {
            throw new Conflict("begeleiding.afgesloten", "Dit begeleidingstraject is al afgesloten.");
        }
        List<Veldfout> fouten = new ArrayList<>();
        if (datum == null) {
            fouten.add(new Veldfout("datum", "verplicht", "Vul de datum van afsluiten in."));
        } else if (datum.isBefore(startdatum) || datum.isAfter(vandaag)) {
            fouten.add(new Veldfout(
                    "datum", "datum.buitenTraject", "De datum ligt tussen de start van het traject en vandaag."));
        }
        if (samenvatting == null || samenvatting.isBlank()) {
            fouten.add(new Veldfout("samenvatting", "verplicht", "Schrijf een korte samenvatting voor de consulent."));
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
        return new Begeleidingstraject(
                id,
                inburgeraarId,
                partner,
                startdatum,
                einddatum,
                Optional.of(new Afsluiting(
                        Objects.requireNonNull(datum),
                        Objects.requireNonNull(samenvatting).strip(),
                        door)));
    }

    /**
     * R8.4: the worklist signals the end of the agreed duration from {@code wekenVooraf} weeks before it, until
     * the traject is closed.
     */
    public boolean eindeInZicht(LocalDate peildatum, int wekenVooraf) {
        return !afgesloten() && !peildatum.isBefore(einddatum.minusWeeks(wekenVooraf));
    }
}
