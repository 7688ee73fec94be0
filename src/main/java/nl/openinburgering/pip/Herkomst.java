package nl.openinburgering.pip;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.openinburgering.shared.Leerroute;
import nl.openinburgering.shared.OngeldigeInvoer;
import nl.openinburgering.shared.Veldfout;

/**
 * R3.12: the PIP of the gemeente a person moved from, as far as the new gemeente needs it: the leerroute its
 * first PIP must keep, and the dagtekening of the very first PIP, from which the term runs (R3.4).
 */
public record Herkomst(
        UUID inburgeraarId,
        String vorigeGemeentecode,
        Leerroute leerroute,
        @Nullable Niveau niveau,
        LocalDate dagtekeningEerstePip,
        LocalDate dagtekeningHuidigePip) {

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
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
        return herkomst;
    }
}
