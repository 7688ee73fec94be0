package nl.openinburgering.werkvoorraad.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import nl.openinburgering.handhaving.HandhavingBeheer;
import nl.openinburgering.ontzorging.Machtiging;
import nl.openinburgering.ontzorging.OntzorgingBeheer;
import nl.openinburgering.ontzorging.Ontzorgingsstand;
import nl.openinburgering.werkvoorraad.Signaal;
import nl.openinburgering.werkvoorraad.Signaalbron;
import nl.openinburgering.werkvoorraad.Signaalsoort;
import nl.openinburgering.werkvoorraad.Zaakfeiten;

/**
 * Financieel ontzorgen: the end of the sixth month (R7.3, D3: extend with a reason or end, and hand the items back)
 * and a refused machtiging (R7.4: refer for afstemming under art. 18 Pw), read in one query from module ontzorging.
 */
@Component
class OntzorgingSignalen implements Signaalbron {

    /** R7.4: the referral follows the refusal within two weeks (a working agreement, not law). */
    static final int DAGEN_VOOR_VERWIJZING = 14;

    private final OntzorgingBeheer ontzorging;
    private final HandhavingBeheer handhaving;

    OntzorgingSignalen(OntzorgingBeheer ontzorging, HandhavingBeheer handhaving) {
        this.ontzorging = ontzorging;
        this.handhaving = handhaving;
    }

    @Override
    public Set<Signaalsoort> soorten() {
        return Set.of(Signaalsoort.ONTZORGING_ZES_MAANDEN, Signaalsoort.MACHTIGING_GEWEIGERD);
    }

    @Override
    public List<Signaal> signalen(Zaakfeiten zaken, LocalDate peildatum) {
        List<Signaal> signalen = new ArrayList<>();
        var ids = zaken.zaken().ids().orElse(null);
        List<Ontzorgingsstand> standen = ontzorging.stand(ids);
        Map<UUID, LocalDate> verwezen = standen.stream().anyMatch(s -> s.machtiging() == Machtiging.GEWEIGERD)
                ? handhaving.machtigingsverwijzingen(ids)
                : Map.of();
        for (Ontzorgingsstand stand : standen) {
            einde(stand, peildatum).ifPresent(signalen::add);
            machtiging(stand, verwezen.get(stand.inburgeraarId())).ifPresent(signalen::add);
        }
        return signalen;
    }

    /**
     * R7.3, D3: from the first day of the last month of the running ontzorging (the sixth month, or the last of the
     * extension) until it is ended or extended beyond; the last day is the planned end.
     */
    static Optional<Signaal> einde(Ontzorgingsstand stand, LocalDate peildatum) {
        if (stand.beeindigd()) {
            return Optional.empty();
        }
        LocalDate vanaf = stand.geplandEinde().plusDays(1).minusMonths(1);
        if (peildatum.isBefore(vanaf)) {
            return Optional.empty();
        }
        return Optional.of(
                new Signaal(
                        stand.inburgeraarId(),
                        Signaalsoort.ONTZORGING_ZES_MAANDEN,
                        stand.geplandEinde(),
                        "R7.3",
                        stand.verlengd()
                                ? "De verlengde ontzorging loopt af. Verleng opnieuw met een reden of beëindig, en geef de vaste lasten terug."
                                : "De zes maanden ontzorgen lopen af. Verleng met een reden of beëindig, en geef de vaste lasten terug."));
    }

    /** R7.4: a refused machtiging of a running ontzorging, until it is signed after all or the ontzorging ends. */
    static Optional<Signaal> machtiging(Ontzorgingsstand stand) {
        return machtiging(stand, null);
    }

    /**
     * R7.4, R9.4: as {@link #machtiging(Ontzorgingsstand)}, but one signal per refusal: once handhaving referred
     * this refusal to the inkomensconsulent (a referral dated on or after it), the referral's own signal
     * (PW_VERWIJZING) replaces this one.
     */
    static Optional<Signaal> machtiging(Ontzorgingsstand stand, @Nullable LocalDate verwijzing) {
        if (stand.beeindigd() || stand.machtiging() != Machtiging.GEWEIGERD) {
            return Optional.empty();
        }
        return stand.machtigingDatum()
                .filter(datum -> verwijzing == null || verwijzing.isBefore(datum))
                .map(
                        datum -> new Signaal(
                                stand.inburgeraarId(),
                                Signaalsoort.MACHTIGING_GEWEIGERD,
                                datum.plusDays(DAGEN_VOOR_VERWIJZING),
                                "R7.4",
                                "De machtiging voor het ontzorgen is geweigerd. Beoordeel een afstemming van de bijstand (art. 18 Participatiewet)."));
    }
}
