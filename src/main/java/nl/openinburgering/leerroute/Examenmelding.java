package nl.openinburgering.leerroute;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import nl.openinburgering.shared.Veldfout;

/** What a provider reports about one exam attempt of its participant. */
public record Examenmelding(
        Examenonderdeel onderdeel,
        @Nullable Taalniveau niveau,
        Examenuitslag resultaat,
        @Nullable RedenGeenUitslag reden,
        LocalDate datum) {

    /**
     * R4.1: a part and a result are required; the four skills are taken at A2, B1 or B2 and KNM at no level;
     * a reason is given exactly when there is no result ({@code GEEN}); the date is not in the future.
     */
    public List<Veldfout> controleer(LocalDate vandaag) {
        List<Veldfout> fouten = new ArrayList<>();
        if (onderdeel == null) {
            fouten.add(new Veldfout("onderdeel", "verplicht", "Kies het examenonderdeel (LE, LU, SC, SP of KNM)."));
        } else if (onderdeel.heeftNiveau() && (niveau == null || niveau == Taalniveau.A1)) {
            fouten.add(new Veldfout("niveau", "R4.1", "Een taalexamen wordt afgelegd op niveau A2, B1 of B2."));
        } else if (!onderdeel.heeftNiveau() && niveau != null) {
            fouten.add(new Veldfout("niveau", "R4.1", "Het KNM-examen heeft geen taalniveau; laat het niveau leeg."));
        }
        if (resultaat == null) {
            fouten.add(new Veldfout("resultaat", "verplicht", "Kies het resultaat: GESLAAGD, GEZAKT of GEEN."));
        } else if (resultaat == Examenuitslag.GEEN && reden == null) {
            fouten.add(new Veldfout(
                    "reden",
                    "R4.1",
                    "Geef de reden waarom er geen resultaat is: VERWIJTBAAR, NIET_VERWIJTBAAR, AFGEMELD of ABSENT."));
        } else if (resultaat != Examenuitslag.GEEN && reden != null) {
            fouten.add(new Veldfout("reden", "R4.1", "Een reden hoort alleen bij resultaat GEEN; laat de reden leeg."));
        }
        if (datum == null) {
            fouten.add(new Veldfout("datum", "verplicht", "Vul de datum van het examen in."));
        } else if (datum.isAfter(vandaag)) {
            fouten.add(new Veldfout("datum", "datum.toekomst", "De examendatum ligt in de toekomst."));
        }
        return fouten;
    }
}
