package nl.openinburgering.intake;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import nl.openinburgering.shared.Veldfout;

/**
 * The findings of the brede intake per leefgebied, after the GGM model. R2.2: the statutory minimum is
 * onderwijs, werkervaring and persoonlijke omstandigheden including gezondheid; the GGM adds language level,
 * digital skills, diploma recognition, a main goal, development wishes and attention points. Financiën and
 * sociaal netwerk are the fuller list (R2.3, unconfirmed), kept as free text.
 */
public record Bevindingen(
        @Nullable String onderwijs,
        @Nullable Opleidingsniveau opleidingsniveau,
        @Nullable String werkervaring,
        @Nullable String gezondheid,
        @Nullable String persoonlijkeOmstandigheden,
        @Nullable String taalniveau,
        @Nullable String digitaleVaardigheden,
        @Nullable String diplomawaardering,
        @Nullable String financien,
        @Nullable String sociaalNetwerk,
        @Nullable Hoofddoel hoofddoel,
        @Nullable String ontwikkelwensen,
        @Nullable String aandachtspunten) {

    public static final Bevindingen LEEG =
            new Bevindingen(null, null, null, null, null, null, null, null, null, null, null, null, null);

    /** R2.2: every field may still be open while the intake runs; each is free text of a sensible length. */
    public Bevindingen {
        onderwijs = Invoer.tekst(onderwijs);
        werkervaring = Invoer.tekst(werkervaring);
        gezondheid = Invoer.tekst(gezondheid);
        persoonlijkeOmstandigheden = Invoer.tekst(persoonlijkeOmstandigheden);
        taalniveau = Invoer.tekst(taalniveau);
        digitaleVaardigheden = Invoer.tekst(digitaleVaardigheden);
        diplomawaardering = Invoer.tekst(diplomawaardering);
        financien = Invoer.tekst(financien);
        sociaalNetwerk = Invoer.tekst(sociaalNetwerk);
        ontwikkelwensen = Invoer.tekst(ontwikkelwensen);
        aandachtspunten = Invoer.tekst(aandachtspunten);
        List<Veldfout> fouten = new ArrayList<>();
        String[][] velden = {
            {"onderwijs", onderwijs},
            {"werkervaring", werkervaring},
            {"gezondheid", gezondheid},
            {"persoonlijkeOmstandigheden", persoonlijkeOmstandigheden},
            {"taalniveau", taalniveau},
            {"digitaleVaardigheden", digitaleVaardigheden},
            {"diplomawaardering", diplomawaardering},
            {"financien", financien},
            {"sociaalNetwerk", sociaalNetwerk},
            {"ontwikkelwensen", ontwikkelwensen},
            {"aandachtspunten", aandachtspunten}
        };
        for (String[] veld : velden) {
            Invoer.lengte(fouten, veld[0], veld[1]);
        }
        Invoer.geldig(fouten);
    }

    /** R2.2: the statutory minimum topics (onderwijs, werkervaring, persoonlijke omstandigheden incl. gezondheid). */
    public boolean minimumOnderwerpenBesproken() {
        return onderwijs != null && werkervaring != null && gezondheid != null && persoonlijkeOmstandigheden != null;
    }
}
