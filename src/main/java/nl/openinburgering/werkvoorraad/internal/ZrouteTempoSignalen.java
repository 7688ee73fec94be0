package nl.openinburgering.werkvoorraad.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import nl.openinburgering.aanbieder.UrenOverzicht;
import nl.openinburgering.aanbieder.Urentotalen;
import nl.openinburgering.begeleiding.BegeleidingBeheer;
import nl.openinburgering.inburgeraar.Doelgroep;
import nl.openinburgering.inburgeraar.Inburgeringstermijn;
import nl.openinburgering.inburgeraar.Termijnfeiten;
import nl.openinburgering.leerroute.Urenstand;
import nl.openinburgering.leerroute.ZrouteBeheer;
import nl.openinburgering.leerroute.ZrouteTempo;
import nl.openinburgering.pip.PipStand;
import nl.openinburgering.shared.Leerroute;
import nl.openinburgering.werkvoorraad.Signaal;
import nl.openinburgering.werkvoorraad.Signaalbron;
import nl.openinburgering.werkvoorraad.Signaalsoort;
import nl.openinburgering.werkvoorraad.Zaakfeiten;

/**
 * R4.5: a Z-route whose reported hours lag behind the pace needed to reach 800 (and 800 participation hours
 * for an asielstatushouder) before the inburgeringstermijn ends. Reads the persons whose current PIP is a
 * Z-route, then their hours and completions in one query each.
 */
@Component
class ZrouteTempoSignalen implements Signaalbron {

    private final UrenOverzicht uren;
    private final ZrouteBeheer zroutes;
    private final BegeleidingBeheer begeleiding;

    ZrouteTempoSignalen(UrenOverzicht uren, ZrouteBeheer zroutes, BegeleidingBeheer begeleiding) {
        this.uren = uren;
        this.zroutes = zroutes;
        this.begeleiding = begeleiding;
    }

    @Override
    public Set<Signaalsoort> soorten() {
        return Set.of(Signaalsoort.Z_ROUTE_TEMPO);
    }

    @Override
    public List<Signaal> signalen(Zaakfeiten zaken, LocalDate peildatum) {
        Set<UUID> zroute = zaken.pipStand().stream()
                .filter(stand -> stand.leerroute() == Leerroute.Z_ROUTE)
                .map(PipStand::inburgeraarId)
                .collect(Collectors.toCollection(HashSet::new));
        if (zroute.isEmpty()) {
            return List.of();
        }
        zroute.removeAll(zroutes.afgerond(zroute));
        Map<UUID, Urentotalen> totalen = uren.totalen(zroute);
        // R8.3: the hours of maatschappelijke begeleiding count as participation hours.
        Map<UUID, BigDecimal> begeleidingsuren = begeleiding.participatieuren(zroute);
        List<Signaal> signalen = new ArrayList<>();
        for (Termijnfeiten persoon : zaken.termijnfeiten(zroute)) {
            persoon.inburgeringstermijn()
                    .flatMap(termijn -> signaal(
                            persoon.id(),
                            persoon.doelgroep(),
                            Urenstand.van(
                                    totalen.getOrDefault(persoon.id(), Urentotalen.GEEN),
                                    begeleidingsuren.getOrDefault(persoon.id(), BigDecimal.ZERO)),
                            termijn,
                            peildatum))
                    .ifPresent(signalen::add);
        }
        return signalen;
    }

    /** R4.5: a signal when a target is behind a linear pace; its last day is the termijn's last day. */
    static Optional<Signaal> signaal(
            UUID inburgeraarId,
            Doelgroep doelgroep,
            Urenstand stand,
            Inburgeringstermijn termijn,
            LocalDate peildatum) {
        List<ZrouteTempo> achter = ZrouteTempo.achterstanden(doelgroep, stand, termijn, peildatum);
        if (achter.isEmpty()) {
            return Optional.empty();
        }
        String actie = achter.stream().map(ZrouteTempoSignalen::zin).collect(Collectors.joining(" "))
                + " Bespreek met de aanbieder hoe de uren alsnog gehaald worden.";
        return Optional.of(new Signaal(
                inburgeraarId, Signaalsoort.Z_ROUTE_TEMPO, termijn.einddatum().minusDays(1), "R4.5", actie));
    }

    private static String zin(ZrouteTempo tempo) {
        String wat = tempo.doel().equals("taallesKnm") ? "taalles en KNM" : "participatie";
        return "Uren " + wat + ": " + tempo.gevolgd().stripTrailingZeros().toPlainString() + " gevolgd, "
                + tempo.verwacht().stripTrailingZeros().toPlainString() + " verwacht op dit moment; nodig: "
                + tempo.nodigPerWeek().stripTrailingZeros().toPlainString() + " uur per week.";
    }
}
