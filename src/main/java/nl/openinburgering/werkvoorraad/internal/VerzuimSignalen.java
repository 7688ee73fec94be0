package nl.openinburgering.werkvoorraad.internal;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;

import nl.openinburgering.aanbieder.UrenOverzicht;
import nl.openinburgering.aanbieder.Verzuim;
import nl.openinburgering.werkvoorraad.Signaal;
import nl.openinburgering.werkvoorraad.Signaalbron;
import nl.openinburgering.werkvoorraad.Signaalsoort;
import nl.openinburgering.werkvoorraad.Zaakfeiten;
import nl.openinburgering.werkvoorraad.Zaken;

/**
 * VERZUIM: attendance at a provider over the last four weeks below the gemeente's threshold (a policy
 * setting, default 80%, page {@code /beheer/aanwezigheid}). The threshold is policy, not law; the legal ground
 * for following it up is the PIP obligation of R9.2. One signal per person, on the deelname with the lowest
 * attendance, so a person enrolled twice does not crowd the list.
 */
@Component
class VerzuimSignalen implements Signaalbron {

    /** Policy default: the consulent talks with the person and the provider within a week of the signal. */
    static final int DAGEN_VOOR_GESPREK = 7;

    private final UrenOverzicht uren;

    VerzuimSignalen(UrenOverzicht uren) {
        this.uren = uren;
    }

    @Override
    public Set<Signaalsoort> soorten() {
        return Set.of(Signaalsoort.VERZUIM);
    }

    @Override
    public List<Signaal> signalen(Zaakfeiten zaken, LocalDate peildatum) {
        List<Verzuim> verzuim =
                zaken.zaken().ids().map(ids -> uren.verzuim(peildatum, ids)).orElseGet(() -> uren.verzuim(peildatum));
        return signalen(verzuim, zaken.zaken(), peildatum);
    }

    /** R9.2 (policy threshold): the lowest attendance per person in scope, due a week after the peildatum. */
    static List<Signaal> signalen(List<Verzuim> verzuim, Zaken zaken, LocalDate peildatum) {
        Map<UUID, List<Verzuim>> perPersoon = new LinkedHashMap<>();
        verzuim.stream()
                .filter(v -> zaken.bevat(v.inburgeraarId()))
                .forEach(v -> perPersoon
                        .computeIfAbsent(v.inburgeraarId(), id -> new ArrayList<>())
                        .add(v));
        List<Signaal> signalen = new ArrayList<>();
        perPersoon.forEach((persoon, deelnames) -> {
            Verzuim laagste = deelnames.stream()
                    .min(Comparator.comparing(Verzuim::percentage))
                    .orElseThrow();
            signalen.add(new Signaal(
                    persoon,
                    Signaalsoort.VERZUIM,
                    peildatum.plusDays(DAGEN_VOOR_GESPREK),
                    Signaalsoort.VERZUIM.regel(),
                    actie(laagste, deelnames.size())));
        });
        return signalen;
    }

    private static String actie(Verzuim laagste, int aantal) {
        String percentage =
                laagste.percentage().setScale(0, RoundingMode.HALF_UP).toPlainString();
        String tekst = "Aanwezigheid " + percentage + "% in de laatste vier weken (drempel " + laagste.drempel() + "%)";
        if (aantal > 1) {
            tekst += " bij " + aantal + " deelnames";
        }
        return tekst + ". Bespreek het verzuim met de inburgeraar en de aanbieder en leg afspraken vast.";
    }
}
