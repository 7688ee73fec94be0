package nl.openinburgering.rapportage;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

import nl.openinburgering.rapportage.Rapporttabel.Rij;
import nl.openinburgering.rapportage.Rapporttabel.Soort;

/**
 * D10: the half-year report to the raad: the figures of the chosen half year and, beside them, of the half year
 * before, as the tables the page, the Excel workbook and the PDF show; the last table is the budget realisation
 * from module begroting ({@link Budgettabel}), when there is one.
 */
public record Halfjaarrapport(
        Halfjaarcijfers huidig,
        Halfjaarcijfers vorig,
        @Nullable Rapporttabel budget) {

    /** The report without the budget realisation. */
    public Halfjaarrapport(Halfjaarcijfers huidig, Halfjaarcijfers vorig) {
        this(huidig, vorig, null);
    }

    /** D5: the route shares the ministry expects, in percent: onderwijsroute, B1-route, Z-route. */
    public static final BigDecimal VERWACHT_ONDERWIJS = BigDecimal.valueOf(25);

    public static final BigDecimal VERWACHT_B1 = BigDecimal.valueOf(60);
    public static final BigDecimal VERWACHT_Z = BigDecimal.valueOf(15);

    public Halfjaar periode() {
        return huidig.periode();
    }

    public List<Rapporttabel> tabellen() {
        List<String> kolommen = List.of(huidig.periode().naam(), vorig.periode().naam());
        Halfjaarcijfers h = huidig;
        Halfjaarcijfers v = vorig;
        List<Rapporttabel> tabellen = new ArrayList<>();
        tabellen.add(new Rapporttabel(
                "Huisvesting",
                "Realisatie huisvestingstaakstelling",
                "Asielstatushouders",
                kolommen,
                List.of(
                        rij("Taakstelling", Soort.AANTAL, getal(h.taakstelling()), getal(v.taakstelling())),
                        Rij.aantal("Gehuisvest", h.gehuisvest(), v.gehuisvest()),
                        rij("Realisatie", Soort.PROCENT, h.realisatiePercentage(), v.realisatiePercentage()))));
        tabellen.add(new Rapporttabel(
                "Uitstroom",
                "Uitstroom van statushouders naar werk of studie",
                "Soort uitstroom",
                kolommen,
                List.of(
                        Rij.aantal("Werk in loondienst", h.uitstroomWerk(), v.uitstroomWerk()),
                        Rij.aantal("Eigen onderneming", h.uitstroomEigenOnderneming(), v.uitstroomEigenOnderneming()),
                        Rij.aantal("Studie of opleiding", h.uitstroomStudie(), v.uitstroomStudie()),
                        Rij.aantal("Totaal", h.uitstroomTotaal(), v.uitstroomTotaal()))));
        tabellen.add(new Rapporttabel(
                "Nieuw",
                "Nieuwe inburgeringsplichtigen",
                "Doelgroep",
                kolommen,
                List.of(
                        Rij.aantal("Asielstatushouders", h.nieuwAsielstatushouders(), v.nieuwAsielstatushouders()),
                        Rij.aantal("Gezins- en overige migranten", h.nieuwGezinsmigranten(), v.nieuwGezinsmigranten()),
                        Rij.aantal(
                                "Totaal",
                                h.nieuwAsielstatushouders() + h.nieuwGezinsmigranten(),
                                v.nieuwAsielstatushouders() + v.nieuwGezinsmigranten()))));
        tabellen.add(new Rapporttabel(
                "PIP",
                "Vastgestelde PIP's en de termijn van 10 weken",
                "PIP",
                kolommen,
                List.of(
                        Rij.aantal("Eerste PIP vastgesteld", h.pipsVastgesteld(), v.pipsVastgesteld()),
                        Rij.aantal("Binnen 10 weken", h.pipsBinnenTienWeken(), v.pipsBinnenTienWeken()),
                        rij(
                                "Aandeel binnen 10 weken",
                                Soort.PROCENT,
                                h.aandeelBinnenTienWeken(),
                                v.aandeelBinnenTienWeken()))));
        tabellen.add(routes(h, v));
        tabellen.add(new Rapporttabel(
                "Wijzigingen",
                "Afschalen en schakelen",
                "Wijziging van het PIP",
                kolommen,
                List.of(
                        Rij.aantal("Afschalen (B1 naar A2)", h.afschalingen(), v.afschalingen()),
                        Rij.aantal("Schakelen naar een andere leerroute", h.schakelingen(), v.schakelingen()))));
        tabellen.add(new Rapporttabel(
                "Afgerond",
                "Afgeronde onderdelen en examens",
                "Onderdeel",
                kolommen,
                List.of(
                        Rij.aantal("PVT afgerond", h.pvtAfgerond(), v.pvtAfgerond()),
                        Rij.aantal("MAP afgerond", h.mapAfgerond(), v.mapAfgerond()),
                        Rij.aantal("Z-route afgerond", h.zrouteAfgerond(), v.zrouteAfgerond()),
                        Rij.aantal("Examenonderdelen gehaald", h.examensGeslaagd(), v.examensGeslaagd()),
                        Rij.aantal("Examenpogingen", h.examenpogingen(), v.examenpogingen()))));
        tabellen.add(new Rapporttabel(
                "Handhaving",
                "Handhaving",
                "Stap",
                kolommen,
                List.of(
                        Rij.aantal(
                                "Waarschuwingen",
                                h.handhaving().waarschuwingen(),
                                v.handhaving().waarschuwingen()),
                        Rij.aantal(
                                "Voornemens tot een boete",
                                h.handhaving().voornemens(),
                                v.handhaving().voornemens()),
                        Rij.aantal(
                                "Boetes opgelegd",
                                h.handhaving().boetes(),
                                v.handhaving().boetes()),
                        rij(
                                "Bedrag aan boetes",
                                Soort.BEDRAG,
                                h.handhaving().bedrag(),
                                v.handhaving().bedrag()))));
        if (budget != null) {
            tabellen.add(budget);
        }
        return tabellen;
    }

    /** D5: the route shares beside the ministry's expectation 25/60/15. */
    private static Rapporttabel routes(Halfjaarcijfers h, Halfjaarcijfers v) {
        List<String> kolommen = List.of(
                h.periode().naam(),
                h.periode().naam() + " (%)",
                v.periode().naam(),
                v.periode().naam() + " (%)",
                "Verwacht (%)");
        return new Rapporttabel(
                "Leerroutes",
                "Leerroutes van de eerste PIP's tegen de verwachting 25/60/15",
                "Leerroute",
                kolommen,
                List.of(
                        routerij("B1-route", h, h.routeB1(), v, v.routeB1(), VERWACHT_B1),
                        routerij("Onderwijsroute", h, h.routeOnderwijs(), v, v.routeOnderwijs(), VERWACHT_ONDERWIJS),
                        routerij("Z-route", h, h.routeZ(), v, v.routeZ(), VERWACHT_Z)));
    }

    private static Rij routerij(
            String label, Halfjaarcijfers h, long nu, Halfjaarcijfers v, long toen, BigDecimal verwacht) {
        return new Rij(
                label,
                Arrays.asList(
                        BigDecimal.valueOf(nu),
                        h.routeaandeel(nu),
                        BigDecimal.valueOf(toen),
                        v.routeaandeel(toen),
                        verwacht),
                List.of(Soort.AANTAL, Soort.PROCENT, Soort.AANTAL, Soort.PROCENT, Soort.PROCENT));
    }

    private static Rij rij(String label, Soort soort, @Nullable BigDecimal nu, @Nullable BigDecimal toen) {
        return new Rij(label, Arrays.asList(nu, toen), soort);
    }

    private static @Nullable BigDecimal getal(@Nullable Integer waarde) {
        return waarde == null ? null : BigDecimal.valueOf(waarde);
    }
}
