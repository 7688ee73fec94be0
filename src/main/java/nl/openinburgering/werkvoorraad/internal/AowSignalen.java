package nl.openinburgering.werkvoorraad.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;

import nl.openinburgering.inburgeraar.AowLeeftijd;
import nl.openinburgering.inburgeraar.Termijnfeiten;
import nl.openinburgering.werkvoorraad.Signaal;
import nl.openinburgering.werkvoorraad.Signaalbron;
import nl.openinburgering.werkvoorraad.Signaalsoort;
import nl.openinburgering.werkvoorraad.Zaakfeiten;

/** R1.3: the person reaches the AOW age within six months (as DUO's event SS128 warns); the plicht then ends. */
@Component
class AowSignalen implements Signaalbron {

    static final int HORIZON_MAANDEN = 6;
    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.of("nl"));

    @Override
    public Set<Signaalsoort> soorten() {
        return Set.of(Signaalsoort.AOW_LEEFTIJD);
    }

    @Override
    public List<Signaal> signalen(Zaakfeiten zaken, LocalDate peildatum) {
        List<Termijnfeiten> feiten = zaken.termijnfeiten();
        List<Signaal> signalen = new ArrayList<>();
        for (Termijnfeiten persoon : feiten) {
            signaal(persoon.id(), persoon.geboortedatum(), peildatum).ifPresent(signalen::add);
        }
        return signalen;
    }

    /**
     * R1.3: from six months before the day the person reaches the AOW age (that day is the last day), and
     * after it until the file is closed: the inburgeringsplicht ends at the AOW age (R1.11).
     */
    static Optional<Signaal> signaal(UUID inburgeraarId, LocalDate geboortedatum, LocalDate peildatum) {
        // The AOW age is never below 65 (art. 7a AOW), so nobody under 64.5 on the peildatum can be in the horizon:
        // that is most people, and the lookup below walks the year table for each of them.
        if (peildatum.isBefore(geboortedatum.plus(AowLeeftijd.MINIMUM).minusMonths(HORIZON_MAANDEN))) {
            return Optional.empty();
        }
        AowLeeftijd aow = AowLeeftijd.voor(geboortedatum);
        if (peildatum.isBefore(aow.datum().minusMonths(HORIZON_MAANDEN))) {
            return Optional.empty();
        }
        String actie = "De inburgeraar bereikt op " + DATUM.format(aow.datum()) + " de AOW-leeftijd"
                + (aow.voorlopig() ? " (voorlopig: nog niet door de minister vastgesteld)" : "")
                + "; daarmee eindigt de inburgeringsplicht (R1.11). Rond het traject en het dossier af.";
        return Optional.of(new Signaal(inburgeraarId, Signaalsoort.AOW_LEEFTIJD, aow.datum(), "R1.3", actie));
    }
}
