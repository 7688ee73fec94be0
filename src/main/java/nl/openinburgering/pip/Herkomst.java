package nl.openinburgering.pip;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.openinburgering.inburgeraar.OvergenomenVerlenging;
import nl.openinburgering.shared.Leerroute;
import nl.openinburgering.shared.OngeldigeInvoer;
import nl.openinburgering.shared.Veldfout;

/**
 * R3.12: the PIP of the gemeente a person moved from, as far as the new gemeente needs it: the leerroute its
 * first PIP must keep, the dagtekening of the very first PIP, from which the term runs (R3.4), and an extension
 * of the term DUO granted before the move (R3.6), which moves with the person.
 */
public record Herkomst(
        UUID inburgeraarId,
        String vorigeGemeentecode,
        Leerroute leerroute,
        @Nullable Niveau niveau,
        LocalDate dagtekeningEerstePip,
        LocalDate dagtekeningHuidigePip,
        @Nullable LocalDate datumBesluitVerlenging,
        @Nullable LocalDate nieuweEinddatumTermijn) {

    /** Without an extension by DUO. */
    public Herkomst(
            UUID inburgeraarId,
            String vorigeGemeentecode,
            Leerroute leerroute,
            @Nullable Niveau niveau,
            LocalDate dagtekeningEerstePip,
            LocalDate dagtekeningHuidigePip) {
        this(
                inburgeraarId,
                vorigeGemeentecode,
                leerroute,
                niveau,
                dagtekeningEerstePip,
                dagtekeningHuidigePip,
                null,
                null);
    }

    /** R3.12 with R3.6: DUO's extension from before the move, which the term here takes over. */
    public Optional<OvergenomenVerlenging> verlenging() {
        return datumBesluitVerlenging == null || nieuweEinddatumTermijn == null
                ? Optional.empty()
                : Optional.of(
                        new OvergenomenVerlenging(datumBesluitVerlenging, nieuweEinddatumTermijn, vorigeGemeentecode));
    }

    /** Checks the record against the gemeente that registers it: a move is from another gemeente. */
    static Herkomst geldig(Herkomst herkomst, String eigenGemeente, LocalDate vandaag) {
        List<Veldfout> fouten = new ArrayList<>();
        if (herkomst.vorigeGemeentecode() == null
                || !herkomst.vorigeGemeentecode().matches("\\d{4}")) {
            fouten.add(new Veldfout(
                    "vorigeGemeentecode", "verplicht", "Vul de viercijferige code van de vorige gemeente in."));
        } else if (herkomst.vorigeGemeentecode().equals(eigenGemeente)) {
            fouten.add(
                    new Veldfout("vorigeGemeentecode", "R3.12", "De vorige gemeente is een andere gemeente dan deze."));
        }
        if (herkomst.leerroute() == null) {
            fouten.add(
                    new Veldfout("leerroute", "verplicht", "Vul de leerroute van het PIP van de vorige gemeente in."));
        }
        LocalDate eerste = herkomst.dagtekeningEerstePip();
        LocalDate huidige = herkomst.dagtekeningHuidigePip();
        if (eerste == null || huidige == null) {
            fouten.add(new Veldfout(
                    "dagtekeningEerstePip",
                    "verplicht",
                    "Vul de dagtekening van het eerste en van het huidige PIP van de vorige gemeente in."));
        } else if (eerste.isAfter(huidige) || huidige.isAfter(vandaag)) {
            fouten.add(new Veldfout(
                    "dagtekeningHuidigePip",
                    "datum.volgorde",
                    "Het eerste PIP ligt niet na het huidige, en het huidige niet na vandaag."));
        }
        verlenging(herkomst, vandaag, fouten);
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
        return herkomst;
    }

    /**
     * R3.12 with R3.6: an extension comes with DUO's decision date (not in the future) and ends after the three
     * years the term has without it (R3.4: the day after dagtekening + 3 years), so taking it over cannot fail.
     */
    private static void verlenging(Herkomst herkomst, LocalDate vandaag, List<Veldfout> fouten) {
        LocalDate besluit = herkomst.datumBesluitVerlenging();
        LocalDate einde = herkomst.nieuweEinddatumTermijn();
        if (besluit == null && einde == null) {
            return;
        }
        if (besluit == null || besluit.isAfter(vandaag)) {
            fouten.add(new Veldfout(
                    "datumBesluitVerlenging",
                    "R3.6",
                    "Vul de datum van het besluit van DUO over de verlenging in (niet in de toekomst)."));
        }
        LocalDate eerste = herkomst.dagtekeningEerstePip();
        if (einde == null
                || (eerste != null && !einde.isAfter(eerste.plusYears(3).plusDays(1)))) {
            fouten.add(new Veldfout(
                    "nieuweEinddatumTermijn",
                    "R3.6",
                    "De verlengde einddatum ligt na het einde van de drie jaar na het eerste PIP."));
        }
    }
}
