package nl.openinburgering.demo;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.openinburgering.aanbieder.Deelname;
import nl.openinburgering.aanbieder.RuweUrenregel;
import nl.openinburgering.aanbieder.UrenRegistratie;
import nl.openinburgering.demo.Demogemeente.Plan;
import nl.openinburgering.leerroute.Examenmelding;
import nl.openinburgering.leerroute.Examenonderdeel;
import nl.openinburgering.leerroute.Examenuitslag;
import nl.openinburgering.leerroute.RedenGeenUitslag;
import nl.openinburgering.leerroute.ResultatenBeheer;
import nl.openinburgering.leerroute.Taalniveau;
import nl.openinburgering.leerroute.Voortgangsmelding;

import static nl.openinburgering.demo.DemoGebruiker.als;

/**
 * What the demo providers report for {@link DemoDossiers}, as their own accounts through their API's facades:
 * hour lines per lesson day, exam results and progress reports. Dates lie in the past.
 */
final class DemoMeldingen {

    static final String TAALSCHOOL_ACCOUNT = "aanbieder.taalschool";
    /** Most hour lines go in one upload per deelname; the provider facade takes a batch whole. */
    private static final int BATCH = 500;

    private final UrenRegistratie uren;
    private final ResultatenBeheer resultaten;

    DemoMeldingen(UrenRegistratie uren, ResultatenBeheer resultaten) {
        this.uren = uren;
        this.resultaten = resultaten;
    }

    /**
     * The provider reports a line per lesson day (Monday to Thursday; Monday to Friday for the intensive plans)
     * from the start up to yesterday. Now and then the person is ill; with {@code verzuim} the person missed
     * two of every five lesson days in the last four weeks, below the 80% threshold (R9.2). With a {@code doel}
     * the attended hours stop just at that total, counted back from yesterday.
     */
    void meldUren(
            UUID aanbieder,
            String account,
            Deelname deelname,
            String soort,
            Plan plan,
            LocalDate start,
            LocalDate vandaag) {
        List<RuweUrenregel> regels = new ArrayList<>();
        BigDecimal aanwezig = BigDecimal.ZERO;
        BigDecimal perDag = BigDecimal.valueOf(plan.urenPerDag());
        int lesdag = 0;
        for (LocalDate dag = vandaag.minusDays(1); !dag.isBefore(start); dag = dag.minusDays(1)) {
            DayOfWeek weekdag = dag.getDayOfWeek();
            boolean intensief = plan.doel() != null;
            if (weekdag == DayOfWeek.SATURDAY
                    || weekdag == DayOfWeek.SUNDAY
                    || (!intensief && weekdag == DayOfWeek.FRIDAY)) {
                continue;
            }
            lesdag++;
            boolean recent = dag.isAfter(vandaag.minusDays(29));
            String reden = plan.verzuim() && recent && lesdag % 5 < 2
                    ? (lesdag % 2 == 0 ? "ONGEOORLOOFD" : "AFGEMELD")
                    : (lesdag + plan.index()) % 13 == 0 ? "ZIEK" : null;
            if (reden == null && plan.doel() != null && aanwezig.add(perDag).compareTo(plan.doel()) > 0) {
                break;
            }
            if (reden == null) {
                aanwezig = aanwezig.add(perDag);
            }
            regels.add(new RuweUrenregel(
                    deelname.id().toString(),
                    dag.toString(),
                    soort,
                    perDag.toPlainString(),
                    Boolean.toString(reden == null),
                    reden));
        }
        for (int van = 0; van < regels.size(); van += BATCH) {
            List<RuweUrenregel> deel = regels.subList(van, Math.min(van + BATCH, regels.size()));
            UUID sleutel = UUID.nameUUIDFromBytes((deelname.id() + "/" + van).getBytes(StandardCharsets.UTF_8));
            als(account, () -> uren.registreer(sleutel, deel), "ROLE_AANBIEDER", "AANBIEDER_" + aanbieder);
        }
    }

    /** The taalschool reports exam results and progress; dates lie in the past. */
    /** The language deelname of the demo person with this index; the plans of every gemeente include them. */
    private static Deelname deelname(Map<Integer, Deelname> taal, int index) {
        Deelname deelname = taal.get(index);
        if (deelname == null) {
            throw new IllegalStateException("Taaldeelname van demopersoon " + index + " ontbreekt");
        }
        return deelname;
    }

    void examensEnVoortgang(Map<Integer, Deelname> taal, LocalDate vandaag) {
        als(
                TAALSCHOOL_ACCOUNT,
                () -> {
                    UUID b1 = deelname(taal, 15).id();
                    resultaten.meldExamen(
                            b1,
                            new Examenmelding(
                                    Examenonderdeel.LE,
                                    Taalniveau.B1,
                                    Examenuitslag.GESLAAGD,
                                    null,
                                    vandaag.minusDays(30)));
                    resultaten.meldExamen(
                            b1,
                            new Examenmelding(
                                    Examenonderdeel.LU,
                                    Taalniveau.B1,
                                    Examenuitslag.GESLAAGD,
                                    null,
                                    vandaag.minusDays(30)));
                    resultaten.meldExamen(
                            b1,
                            new Examenmelding(
                                    Examenonderdeel.KNM, null, Examenuitslag.GESLAAGD, null, vandaag.minusDays(21)));
                    resultaten.meldExamen(
                            b1,
                            new Examenmelding(
                                    Examenonderdeel.SP,
                                    Taalniveau.B1,
                                    Examenuitslag.GEZAKT,
                                    null,
                                    vandaag.minusDays(10)));
                    resultaten.meldExamen(
                            deelname(taal, 11).id(),
                            new Examenmelding(
                                    Examenonderdeel.KNM,
                                    null,
                                    Examenuitslag.GEEN,
                                    RedenGeenUitslag.NIET_VERWIJTBAAR,
                                    vandaag.minusDays(12)));
                    resultaten.meldVoortgang(
                            b1,
                            new Voortgangsmelding(
                                    vandaag.minusDays(14),
                                    Taalniveau.B1,
                                    Taalniveau.B1,
                                    Taalniveau.A2,
                                    Taalniveau.A2,
                                    Taalniveau.B1,
                                    "Goede vooruitgang; spreken blijft achter. Extra spreekoefening afgesproken voor de herkansing."));
                    return resultaten.meldVoortgang(
                            deelname(taal, 9).id(),
                            new Voortgangsmelding(
                                    vandaag.minusDays(5),
                                    Taalniveau.A1,
                                    Taalniveau.A2,
                                    Taalniveau.A1,
                                    Taalniveau.A1,
                                    null,
                                    "Was de laatste weken vaak afwezig; graag een gesprek met de consulent over de aanwezigheid."));
                },
                "ROLE_AANBIEDER",
                "AANBIEDER_" + Demogemeente.TAALSCHOOL);
    }
}
