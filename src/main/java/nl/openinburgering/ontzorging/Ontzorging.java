package nl.openinburgering.ontzorging;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.openinburgering.shared.Conflict;
import nl.openinburgering.shared.Gemeentecode;
import nl.openinburgering.shared.OngeldigeInvoer;
import nl.openinburgering.shared.Veldfout;

/**
 * One person's ontzorging: from the start of the bijstand (R7.1) for at least six months (R7.3), longer only with
 * a reason (D3), shorter only when the bijstand ends; paid only with a signed machtiging (R7.4). The state changes
 * are its methods with their guards; {@link OntzorgingBeheer} loads and persists.
 */
public final class Ontzorging {

    private final UUID inburgeraarId;
    private final Gemeentecode gemeente;
    private final LocalDate startBijstand;
    private Machtiging machtiging;
    private @Nullable LocalDate machtigingDatum;
    private @Nullable LocalDate verlengdTot;
    private @Nullable String verlengingReden;
    private @Nullable LocalDate einddatum;
    private boolean bijstandBeeindigd;

    public Ontzorging(
            UUID inburgeraarId,
            Gemeentecode gemeente,
            LocalDate startBijstand,
            Machtiging machtiging,
            @Nullable LocalDate machtigingDatum,
            @Nullable LocalDate verlengdTot,
            @Nullable String verlengingReden,
            @Nullable LocalDate einddatum,
            boolean bijstandBeeindigd) {
        this.inburgeraarId = inburgeraarId;
        this.gemeente = gemeente;
        this.startBijstand = startBijstand;
        this.machtiging = machtiging;
        this.machtigingDatum = machtigingDatum;
        this.verlengdTot = verlengdTot;
        this.verlengingReden = verlengingReden;
        this.einddatum = einddatum;
        this.bijstandBeeindigd = bijstandBeeindigd;
    }

    /** R7.1: a new ontzorging from the start of the bijstand, without a machtiging yet. */
    public static Ontzorging start(UUID inburgeraarId, Gemeentecode gemeente, LocalDate startBijstand) {
        return new Ontzorging(
                inburgeraarId, gemeente, startBijstand, Machtiging.ONBEKEND, null, null, null, null, false);
    }

    /**
     * R7.4: the machtiging signed or refused on {@code datum} (not in the future). A refusal returns the event for
     * the art. 18 Pw referral; signing later (the person cooperates after all) is allowed.
     */
    public Optional<MachtigingGeweigerd> legMachtigingVast(
            @Nullable Machtiging status, @Nullable LocalDate datum, LocalDate vandaag) {
        if (status == null || status == Machtiging.ONBEKEND) {
            throw new OngeldigeInvoer(new Veldfout("machtiging", "R7.4", "Kies getekend of geweigerd."));
        }
        if (datum == null || datum.isAfter(vandaag)) {
            throw new OngeldigeInvoer(new Veldfout(
                    "machtigingDatum", "R7.4", "Vul de datum van de machtiging in; die ligt niet in de toekomst."));
        }
        machtiging = status;
        machtigingDatum = datum;
        return status == Machtiging.GEWEIGERD
                ? Optional.of(new MachtigingGeweigerd(inburgeraarId, gemeente, datum))
                : Optional.empty();
    }

    /** R7.3, D3: continuing beyond the six months (or a previous extension) needs a date after it and a reason. */
    public void verleng(@Nullable LocalDate tot, @Nullable String reden) {
        vereistLopend();
        if (tot == null || !tot.isAfter(geplandEinde())) {
            throw new OngeldigeInvoer(new Veldfout(
                    "verlengdTot",
                    "R7.3",
                    "Verlengen kan alleen tot een datum na " + OntzorgingRegels.datum(geplandEinde()) + "."));
        }
        if (reden == null || reden.isBlank()) {
            throw new OngeldigeInvoer(new Veldfout(
                    "verlengingReden", "R7.3", "Langer dan zes maanden ontzorgen kan alleen met een reden (D3)."));
        }
        verlengdTot = tot;
        verlengingReden = reden.strip();
    }

    /**
     * R7.3, D3: ends the ontzorging on {@code datum}. Before the end of the six months only because the bijstand
     * ends ({@code bijstandBeeindigd}: the ontzorging then ends with it); never before the bijstand started.
     */
    public void beeindig(@Nullable LocalDate datum, boolean bijstandEindigt) {
        vereistLopend();
        if (datum == null || datum.isBefore(startBijstand)) {
            throw new OngeldigeInvoer(new Veldfout(
                    "einddatum", "verplicht", "Vul een einddatum in, niet vóór de start van de bijstand."));
        }
        if (!bijstandEindigt && datum.isBefore(minimumEinde())) {
            throw new OngeldigeInvoer(new Veldfout(
                    "einddatum",
                    "R7.3",
                    "De ontzorging duurt minimaal zes maanden vanaf de start van de bijstand, tot en met "
                            + OntzorgingRegels.datum(minimumEinde())
                            + ". Eerder beëindigen kan alleen als de bijstand eindigt."));
        }
        einddatum = datum;
        bijstandBeeindigd = bijstandEindigt;
    }

    /** R7.3, D3: an item is handed back from a month after the six months, while the ontzorging runs. */
    public void vereistOverdrachtMogelijk(@Nullable YearMonth vanaf) {
        vereistLopend();
        YearMonth eerste = OntzorgingRegels.eersteOverdrachtsmaand(startBijstand);
        if (vanaf == null || vanaf.isBefore(eerste)) {
            throw new OngeldigeInvoer(new Veldfout(
                    "overdrachtVanaf",
                    "R7.3",
                    "Teruggeven kan pas na de zes maanden ontzorging: op zijn vroegst vanaf " + eerste + "."));
        }
    }

    /** The gemeente pays for {@code maand}: machtiging signed (R7.4) and the month within the ontzorging (R7.3). */
    public boolean betaaltIn(YearMonth maand) {
        return machtiging == Machtiging.GETEKEND
                && !maand.isBefore(YearMonth.from(startBijstand))
                && !maand.isAfter(YearMonth.from(geplandEinde()));
    }

    /** R7.3: the last day of the six months. */
    public LocalDate minimumEinde() {
        return OntzorgingRegels.minimumEinde(startBijstand);
    }

    /** The end as it stands: the end date when ended, else the extension, else the six months. */
    public LocalDate geplandEinde() {
        if (einddatum != null) {
            return einddatum;
        }
        return verlengdTot != null ? verlengdTot : minimumEinde();
    }

    public boolean beeindigd() {
        return einddatum != null;
    }

    private void vereistLopend() {
        if (einddatum != null) {
            throw new Conflict("ontzorging.beeindigd", "De ontzorging is al beëindigd.");
        }
    }

    public UUID inburgeraarId() {
        return inburgeraarId;
    }

    public Gemeentecode gemeente() {
        return gemeente;
    }

    public LocalDate startBijstand() {
        return startBijstand;
    }

    public Machtiging machtiging() {
        return machtiging;
    }

    public Optional<LocalDate> machtigingDatum() {
        return Optional.ofNullable(machtigingDatum);
    }

    public Optional<LocalDate> verlengdTot() {
        return Optional.ofNullable(verlengdTot);
    }

    public Optional<String> verlengingReden() {
        return Optional.ofNullable(verlengingReden);
    }

    public Optional<LocalDate> einddatum() {
        return Optional.ofNullable(einddatum);
    }

    public boolean bijstandBeeindigd() {
        return bijstandBeeindigd;
    }
}
