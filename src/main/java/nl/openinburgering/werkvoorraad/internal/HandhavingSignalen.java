package nl.openinburgering.werkvoorraad.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import nl.openinburgering.handhaving.HandhavingBeheer;
import nl.openinburgering.handhaving.WachtendeStap;
import nl.openinburgering.werkvoorraad.Signaal;
import nl.openinburgering.werkvoorraad.Signaalbron;
import nl.openinburgering.werkvoorraad.Signaalsoort;
import nl.openinburgering.werkvoorraad.Zaakfeiten;
import nl.openinburgering.werkvoorraad.Zaken;

/**
 * HANDHAVING and PW_VERWIJZING: the steps of handhavingszaken that wait (the warning's term R9.6, the zienswijze
 * term R9.7, the decision due) and the Participatiewet referrals not yet taken up (R9.4), from the handhaving
 * module's bulk read, one signal per waiting step.
 */
@Component
class HandhavingSignalen implements Signaalbron {

    private final HandhavingBeheer handhaving;

    HandhavingSignalen(HandhavingBeheer handhaving) {
        this.handhaving = handhaving;
    }

    @Override
    public Set<Signaalsoort> soorten() {
        return Set.of(Signaalsoort.HANDHAVING, Signaalsoort.PW_VERWIJZING);
    }

    @Override
    public List<Signaal> signalen(Zaakfeiten zaken, LocalDate peildatum) {
        return signalen(handhaving.wachtendeStappen(zaken.zaken().ids().orElse(null)), zaken.zaken());
    }

    static List<Signaal> signalen(List<WachtendeStap> stappen, Zaken zaken) {
        return stappen.stream()
                .filter(s -> zaken.bevat(s.inburgeraarId()))
                .map(s -> new Signaal(
                        s.inburgeraarId(),
                        s.soort() == WachtendeStap.Soort.PW_VERWIJZING
                                ? Signaalsoort.PW_VERWIJZING
                                : Signaalsoort.HANDHAVING,
                        s.uiterlijkeDatum(),
                        s.regel(),
                        actie(s.soort())))
                .toList();
    }

    private static String actie(WachtendeStap.Soort soort) {
        return switch (soort) {
            case WAARSCHUWINGSTERMIJN ->
                "De termijn van de waarschuwing is (bijna) verstreken: verstuur het voornemen of besluit geen boete.";
            case ZIENSWIJZETERMIJN ->
                "De termijn voor een zienswijze is (bijna) verstreken: stel de boete voor of besluit geen boete.";
            case BESLUIT -> "Er moet een besluit komen: boetebeschikking of besluit geen boete.";
            case PW_VERWIJZING -> "Draag de verwijzing over aan de inkomensconsulent voor afstemming (art. 18 Pw).";
        };
    }
}
