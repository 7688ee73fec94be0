package nl.openinburgering.werkvoorraad.web;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import nl.openinburgering.shared.Leerroute;
import nl.openinburgering.shared.Vandaag;
import nl.openinburgering.werkvoorraad.Signaalsoort;
import nl.openinburgering.werkvoorraad.Teamoverzicht;
import nl.openinburgering.werkvoorraad.Urgentie;
import nl.openinburgering.werkvoorraad.WerkvoorraadBeheer;
import nl.openinburgering.werkvoorraad.web.Staafdiagram.Rij;

/**
 * The teamleider's dashboard: caseload per consulent, signals by kind and urgency, PIPs within 10 weeks
 * (R2.8) and the route distribution against D5. Each chart is server-side SVG with a data table beside it.
 */
@Controller
class DashboardController {

    private static final List<Leerroute> ROUTES =
            List.of(Leerroute.ONDERWIJSROUTE, Leerroute.B1_ROUTE, Leerroute.Z_ROUTE);
    private final WerkvoorraadBeheer werkvoorraad;
    private final MessageSource berichten;
    private final Clock klok;

    DashboardController(WerkvoorraadBeheer werkvoorraad, MessageSource berichten, Clock klok) {
        this.werkvoorraad = werkvoorraad;
        this.berichten = berichten;
        this.klok = klok;
    }

    @GetMapping("/werkvoorraad/dashboard")
    String dashboard(Model model) {
        Teamoverzicht overzicht = werkvoorraad.teamoverzicht(Vandaag.datum(klok));
        model.addAttribute("overzicht", overzicht);
        model.addAttribute("urgenties", Urgentie.values());
        model.addAttribute(
                "soorten",
                Arrays.stream(Signaalsoort.values())
                        .filter(s -> overzicht.signalen().containsKey(s))
                        .toList());
        model.addAttribute("routes", ROUTES);
        model.addAttribute("verwacht", Teamoverzicht.VERWACHTE_ROUTEVERDELING);
        model.addAttribute(
                "grafieken",
                List.of(caseload(overzicht), signalen(overzicht), tienWeken(overzicht), routes(overzicht)));
        return "werkvoorraad/dashboard";
    }

    private Staafdiagram caseload(Teamoverzicht overzicht) {
        List<Rij> rijen = new ArrayList<>();
        long maximum = 0;
        for (Map.Entry<String, Long> regel : overzicht.caseload().entrySet()) {
            String naam = regel.getKey().isEmpty() ? tekst("werkvoorraad.nietToegewezen") : regel.getKey();
            rijen.add(new Rij(
                    naam, String.valueOf(regel.getValue()), List.of(regel.getValue()), List.of("oi-grafiek__balk")));
            maximum = Math.max(maximum, regel.getValue());
        }
        return Staafdiagram.van(
                "caseload",
                tekst("werkvoorraad.dashboard.caseload"),
                tekst("werkvoorraad.dashboard.caseload.uitleg"),
                rijen,
                maximum);
    }

    private Staafdiagram signalen(Teamoverzicht overzicht) {
        List<Rij> rijen = new ArrayList<>();
        long maximum = 0;
        for (Map.Entry<Signaalsoort, Map<Urgentie, Long>> soort :
                overzicht.signalen().entrySet()) {
            List<Long> waarden = new ArrayList<>();
            List<String> klassen = new ArrayList<>();
            for (Urgentie urgentie : Urgentie.values()) {
                waarden.add(soort.getValue().getOrDefault(urgentie, 0L));
                klassen.add("oi-grafiek__balk--" + urgentie.name().toLowerCase());
            }
            long totaal = waarden.stream().mapToLong(Long::longValue).sum();
            rijen.add(new Rij(
                    tekst("werkvoorraad.soort." + soort.getKey().name()), String.valueOf(totaal), waarden, klassen));
            maximum = Math.max(maximum, totaal);
        }
        return Staafdiagram.van(
                "signalen",
                tekst("werkvoorraad.dashboard.signalen"),
                tekst("werkvoorraad.dashboard.signalen.uitleg"),
                rijen,
                maximum);
    }

    private Staafdiagram tienWeken(Teamoverzicht overzicht) {
        long binnen = overzicht.pipsBinnenTienWeken();
        long later = overzicht.pipsVastgesteld() - binnen + overzicht.openTeLaat();
        return Staafdiagram.van(
                "tienweken",
                tekst("werkvoorraad.dashboard.tienWeken"),
                tekst("werkvoorraad.dashboard.tienWeken.uitleg"),
                List.of(new Rij(
                        tekst("werkvoorraad.dashboard.pips"),
                        overzicht.percentageBinnenTienWeken() + "%",
                        List.of(binnen, later),
                        List.of("oi-grafiek__balk", "oi-grafiek__balk--te_laat"))),
                overzicht.pipsVastgesteld() + overzicht.openTeLaat());
    }

    private Staafdiagram routes(Teamoverzicht overzicht) {
        List<Rij> rijen = new ArrayList<>();
        for (Leerroute route : ROUTES) {
            String naam = tekst("werkvoorraad.route." + route.name());
            long werkelijk = overzicht.percentageRoute(route);
            long verwacht = Teamoverzicht.VERWACHTE_ROUTEVERDELING.getOrDefault(route, 0);
            rijen.add(new Rij(
                    naam + " – " + tekst("werkvoorraad.dashboard.werkelijk"),
                    werkelijk + "%",
                    List.of(werkelijk),
                    List.of("oi-grafiek__balk")));
            rijen.add(new Rij(
                    naam + " – " + tekst("werkvoorraad.dashboard.verwacht"),
                    verwacht + "%",
                    List.of(verwacht),
                    List.of("oi-grafiek__balk--verwacht")));
        }
        return Staafdiagram.van(
                "routes",
                tekst("werkvoorraad.dashboard.routes"),
                tekst("werkvoorraad.dashboard.routes.uitleg"),
                rijen,
                100);
    }

    private String tekst(String sleutel) {
        return berichten.getMessage(sleutel, null, LocaleContextHolder.getLocale());
    }
}
