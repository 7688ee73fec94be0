package nl.openinburgering.begroting;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import nl.openinburgering.aanbieder.AanbiederRegister;
import nl.openinburgering.aanbieder.Contractprijs;
import nl.openinburgering.aanbieder.Contractprijzen;
import nl.openinburgering.aanbieder.DeelnameStart;
import nl.openinburgering.aanbieder.Deelnamesoort;
import nl.openinburgering.begeleiding.Kwartaalcijfers;
import nl.openinburgering.begeleiding.Partner;
import nl.openinburgering.begeleiding.Verantwoording;
import nl.openinburgering.begeleiding.VerantwoordingBeheer;
import nl.openinburgering.begroting.internal.BegrotingOpslag;
import nl.openinburgering.map.MapBeheer;
import nl.openinburgering.ontzorging.Betaalrondes;
import nl.openinburgering.pip.PipBeheer;
import nl.openinburgering.pip.PipStand;
import nl.openinburgering.shared.Leerroute;

/**
 * Reads the costs of a period from the modules that own them, never retyped: the deelnames that start in it with
 * their contract price per contract and route (aanbieder; the route from the current PIP), MAP at the D4 budget per
 * participant (map), the started begeleidingstrajecten at the partner's amount per traject (begeleiding), the
 * transfers of the ontzorging's payment runs at the administration cost per transfer (ontzorging), and the
 * interpreters of the begroting's own register. Costs count on their date: a deelname and a traject on their start.
 */
@Component
class Kostenbronnen {

    private final Contractprijzen contractprijzen;
    private final AanbiederRegister aanbieders;
    private final PipBeheer pips;
    private final MapBeheer map;
    private final VerantwoordingBeheer begeleiding;
    private final Betaalrondes betaalrondes;
    private final BegrotingOpslag opslag;

    Kostenbronnen(
            Contractprijzen contractprijzen,
            AanbiederRegister aanbieders,
            PipBeheer pips,
            MapBeheer map,
            VerantwoordingBeheer begeleiding,
            Betaalrondes betaalrondes,
            BegrotingOpslag opslag) {
        this.contractprijzen = contractprijzen;
        this.aanbieders = aanbieders;
        this.pips = pips;
        this.map = map;
        this.begeleiding = begeleiding;
        this.betaalrondes = betaalrondes;
        this.opslag = opslag;
    }

    List<Kostenregel> lees(String gemeente, Periode periode) {
        List<Kostenregel> regels = new ArrayList<>(deelnames(periode));
        regels.addAll(begeleiding(periode));
        regels.add(tolken(gemeente, periode));
        regels.add(ontzorging(gemeente, periode));
        return List.copyOf(regels);
    }

    private List<Kostenregel> deelnames(Periode periode) {
        List<DeelnameStart> starts = contractprijzen.starts(periode.vanaf(), periode.tot());
        List<Contractprijs> prijzen = contractprijzen.prijzen();
        java.util.Set<UUID> cursisten = starts.stream()
                .filter(s -> s.soort() == Deelnamesoort.LEERROUTE)
                .map(DeelnameStart::inburgeraarId)
                .collect(Collectors.toSet());
        Map<UUID, Leerroute> routes = pips.stand(cursisten).stream()
                .collect(Collectors.toMap(PipStand::inburgeraarId, PipStand::leerroute, (a, b) -> a));
        Map<String, String> namen = new TreeMap<>();
        aanbieders.gecontracteerd().forEach(a -> namen.put(a.id().toString(), a.naam()));
        long mapBudget = map.budget().movePointRight(2).longValue();
        Map<Sleutel, Teller> per = new TreeMap<>();
        for (DeelnameStart start : starts) {
            Optional<Leerroute> route = start.soort() == Deelnamesoort.LEERROUTE
                    ? Optional.ofNullable(routes.get(start.inburgeraarId()))
                    : Optional.empty();
            Sleutel sleutel = new Sleutel(
                    start.soort(),
                    start.aanbiederId().toString(),
                    route.map(Enum::name).orElse(""));
            Optional<Long> prijs = start.soort() == Deelnamesoort.MAP
                    ? Optional.of(mapBudget)
                    : prijzen.stream()
                            .filter(p -> p.aanbiederId().equals(start.aanbiederId())
                                    && p.soort() == start.soort()
                                    && p.leerroute().equals(route))
                            .map(Contractprijs::prijsInCenten)
                            .findFirst();
            per.computeIfAbsent(sleutel, s -> new Teller()).tel(prijs, periode.besteed(start.startdatum()));
        }
        List<Kostenregel> regels = new ArrayList<>();
        per.forEach((sleutel, teller) -> regels.add(Kostenregel.van(
                component(sleutel.soort()),
                omschrijving(sleutel, namen),
                teller.aantal,
                teller.verplicht,
                teller.besteed,
                periode,
                teller.opmerking(sleutel))));
        return regels;
    }

    private List<Kostenregel> begeleiding(Periode periode) {
        List<Kostenregel> regels = new ArrayList<>();
        for (Partner partner : begeleiding.partners()) {
            long aantal = 0;
            long verplicht = 0;
            long besteed = 0;
            for (int jaar = periode.vanaf().getYear();
                    jaar <= periode.tot().minusDays(1).getYear();
                    jaar++) {
                Verantwoording v = begeleiding.verantwoording(partner.id(), jaar);
                for (Kwartaalcijfers k : v.kwartalen()) {
                    LocalDate begin = LocalDate.of(jaar, 3 * k.kwartaal() - 2, 1);
                    if (begin.isBefore(periode.vanaf()) || !begin.isBefore(periode.tot())) {
                        continue;
                    }
                    long kosten = k.kosten().movePointRight(2).longValue();
                    aantal += k.gestart();
                    verplicht += kosten;
                    besteed += begin.isAfter(periode.peildatum()) ? 0 : kosten;
                }
            }
            regels.add(Kostenregel.van(
                    Kostencomponent.BEGELEIDING,
                    partner.naam(),
                    aantal,
                    verplicht,
                    besteed,
                    periode,
                    Optional.empty()));
        }
        return regels;
    }

    private Kostenregel tolken(String gemeente, Periode periode) {
        var tolken = opslag.tolken(gemeente, periode.vanaf(), periode.tot());
        long verplicht = tolken.stream().mapToLong(Tolkinzet::bedragInCenten).sum();
        long besteed = tolken.stream()
                .filter(t -> periode.besteed(t.datum()))
                .mapToLong(Tolkinzet::bedragInCenten)
                .sum();
        return Kostenregel.van(
                Kostencomponent.TOLKEN, "Tolken", tolken.size(), verplicht, besteed, periode, Optional.empty());
    }

    private Kostenregel ontzorging(String gemeente, Periode periode) {
        long perBetaling = opslag.ontzorgingPerBetaling(gemeente).orElse(0L);
        long aantal = 0;
        for (int jaar = periode.vanaf().getYear();
                jaar <= periode.tot().minusDays(1).getYear();
                jaar++) {
            for (Map.Entry<YearMonth, Long> maand :
                    betaalrondes.betalingenPerMaand(jaar).entrySet()) {
                if (periode.besteed(maand.getKey().atDay(1))) {
                    aantal += maand.getValue();
                }
            }
        }
        return Kostenregel.van(
                Kostencomponent.ONTZORGING,
                "Administratie ontzorgen",
                aantal,
                aantal * perBetaling,
                aantal * perBetaling,
                periode,
                perBetaling == 0 ? Optional.of("Geen kosten per betaling ingesteld.") : Optional.empty());
    }

    private static Kostencomponent component(Deelnamesoort soort) {
        return switch (soort) {
            // R2.9: a self-paid leerroute never reaches here (Contractprijzen.starts leaves it out).
            case LEERROUTE, LEERROUTE_ZELFBETAALD -> Kostencomponent.LEERROUTE;
            case PVT -> Kostencomponent.PVT;
            case MAP -> Kostencomponent.MAP;
            case PARTICIPATIE -> Kostencomponent.PARTICIPATIE;
        };
    }

    private String omschrijving(Sleutel sleutel, Map<String, String> namen) {
        String aanbieder = namen.getOrDefault(sleutel.aanbieder(), "Aanbieder");
        return sleutel.route().isEmpty() ? aanbieder : aanbieder + " – " + routenaam(sleutel.route());
    }

    static String routenaam(String route) {
        return switch (route) {
            case "B1_ROUTE" -> "B1-route";
            case "ONDERWIJSROUTE" -> "Onderwijsroute";
            case "Z_ROUTE" -> "Z-route";
            default -> "route onbekend";
        };
    }

    private record Sleutel(Deelnamesoort soort, String aanbieder, String route) implements Comparable<Sleutel> {
        @Override
        public int compareTo(Sleutel ander) {
            return Comparator.comparing(Sleutel::soort)
                    .thenComparing(Sleutel::aanbieder)
                    .thenComparing(Sleutel::route)
                    .compare(this, ander);
        }
    }

    private static final class Teller {
        long aantal;
        long verplicht;
        long besteed;
        long zonderPrijs;

        void tel(Optional<Long> prijs, boolean isBesteed) {
            aantal++;
            if (prijs.isEmpty()) {
                zonderPrijs++;
                return;
            }
            verplicht += prijs.get();
            besteed += isBesteed ? prijs.get() : 0;
        }

        Optional<String> opmerking(Sleutel sleutel) {
            if (sleutel.soort() == Deelnamesoort.LEERROUTE && sleutel.route().isEmpty()) {
                return Optional.of("Geen vastgesteld PIP, dus geen route en geen prijs: " + zonderPrijs
                        + " deelnames tellen niet mee.");
            }
            return zonderPrijs == 0
                    ? Optional.empty()
                    : Optional.of("Geen contractprijs ingesteld: " + zonderPrijs + " deelnames tellen niet mee.");
        }
    }
}
