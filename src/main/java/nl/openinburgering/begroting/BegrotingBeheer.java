package nl.openinburgering.begroting;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.openinburgering.begroting.internal.BegrotingOpslag;
import nl.openinburgering.inburgeraar.InburgeraarBeheer;
import nl.openinburgering.platform.HuidigeGebruiker;
import nl.openinburgering.platform.Rol;
import nl.openinburgering.platform.Tenant;
import nl.openinburgering.shared.NietGevonden;
import nl.openinburgering.shared.NietToegestaan;
import nl.openinburgering.shared.OngeldigeInvoer;
import nl.openinburgering.shared.Vandaag;
import nl.openinburgering.shared.Veldfout;

/**
 * The begroting of the gemeente (D6): the SPUK rekentool on the gemeente's prognoses and prices, its definitive
 * settlement on the registry's real numbers, and the budget realisation of a period. The beleidsmedewerker enters
 * the prognoses and the interpreters; the functioneel beheerder sets the prices, the uitvoeringsbudget and the
 * administration cost of the ontzorging. Aggregates only: nothing for the processing log.
 */
@Service
@Transactional
public class BegrotingBeheer {

    private static final Set<Rol> LEZERS = EnumSet.of(Rol.BELEIDSMEDEWERKER, Rol.FUNCTIONEEL_BEHEERDER);

    private final BegrotingOpslag opslag;
    private final Kostenbronnen kosten;
    private final InburgeraarBeheer inburgeraars;
    private final Clock klok;

    BegrotingBeheer(BegrotingOpslag opslag, Kostenbronnen kosten, InburgeraarBeheer inburgeraars, Clock klok) {
        this.opslag = opslag;
        this.kosten = kosten;
        this.inburgeraars = inburgeraars;
        this.klok = klok;
    }

    /** D6: the rekentool on the gemeente's prognoses, with the comparison with figure 1.1 and the settlement. */
    @Transactional(readOnly = true)
    public Rekentool rekentool() {
        vereisRol(LEZERS);
        List<Prognose> prognoses = opslag.prognoses(gemeente());
        IntFunction<SpukPrijzen> prijzen = prijzen();
        Spukraming raming = Spukraming.bereken(prognoses, prijzen);
        Afrekening afrekening = prognoses.isEmpty()
                ? new Afrekening(List.of())
                : Afrekening.bereken(
                        prognoses,
                        prijzen,
                        inburgeraars.instroomPerJaar(
                                prognoses.getFirst().jaar(), prognoses.getLast().jaar()),
                        Vandaag.datum(klok).getYear());
        return new Rekentool(raming, Figuur11.vergelijk(raming), afrekening);
    }

    /** D6: the beleidsmedewerker enters or changes the prognosis of a year of housing. */
    public Prognose stelPrognoseIn(Prognose prognose) {
        vereisRol(EnumSet.of(Rol.BELEIDSMEDEWERKER));
        opslag.bewaar(gemeente(), prognose, gebruiker());
        return prognose;
    }

    /** D6: the beleidsmedewerker removes the prognosis of a year (after confirming); an unknown year: 404. */
    public void verwijderPrognose(int jaar) {
        vereisRol(EnumSet.of(Rol.BELEIDSMEDEWERKER));
        if (opslag.verwijderPrognose(gemeente(), jaar) == 0) {
            throw new NietGevonden("Prognose");
        }
    }

    /** D6: the prices of every year with a prognosis or a setting; a year without a setting has the D6 defaults. */
    @Transactional(readOnly = true)
    public List<SpukPrijzen> prijslijst() {
        vereisRol(LEZERS);
        return opslag.prijzen(gemeente());
    }

    /** D6: the functioneel beheerder sets the prices of a year of housing (in cents). */
    public SpukPrijzen stelPrijzenIn(SpukPrijzen prijzen) {
        vereisRol(EnumSet.of(Rol.FUNCTIONEEL_BEHEERDER));
        opslag.bewaar(gemeente(), prijzen, gebruiker());
        return prijzen;
    }

    /** D6: the uitvoeringsbudget of a year: the setting, else € 80.000 in 2022 and € 88.000 from 2023 (none in 2021). */
    @Transactional(readOnly = true)
    public long uitvoeringsbudget(int jaar) {
        vereisRol(LEZERS);
        return opslag.uitvoeringsbudget(gemeente(), jaar).orElse(standaardUitvoeringsbudget(jaar));
    }

    /** D6: the uitvoeringsbudget per year as the rekentool's default. */
    public static long standaardUitvoeringsbudget(int jaar) {
        return jaar < 2022 ? 0 : jaar == 2022 ? 8_000_000 : 8_800_000;
    }

    /** D6: the functioneel beheerder sets the uitvoeringsbudget of a year (in cents). */
    public void stelUitvoeringsbudgetIn(int jaar, long centen) {
        vereisRol(EnumSet.of(Rol.FUNCTIONEEL_BEHEERDER));
        List<Veldfout> fouten = new java.util.ArrayList<>();
        Jaren.controleer(jaar, "budgetJaar", fouten);
        if (centen < 0 || centen > 100_000_000_000L) {
            fouten.add(new Veldfout("budgetBedrag", "D6", "Vul een bedrag in van 0 euro of meer, zoals 88000,00."));
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
        opslag.bewaarUitvoeringsbudget(gemeente(), jaar, centen, gebruiker());
    }

    /** The administration cost of the ontzorging per transfer (0 until set). */
    @Transactional(readOnly = true)
    public long ontzorgingPerBetaling() {
        vereisRol(LEZERS);
        return opslag.ontzorgingPerBetaling(gemeente()).orElse(0L);
    }

    /** The functioneel beheerder sets the administration cost per transfer of the ontzorging (in cents). */
    public void stelOntzorgingPerBetalingIn(long centen) {
        vereisRol(EnumSet.of(Rol.FUNCTIONEEL_BEHEERDER));
        if (centen < 0 || centen > SpukPrijzen.MAXIMUM) {
            throw new OngeldigeInvoer(new Veldfout(
                    "perBetaling",
                    "bedrag.ongeldig",
                    "Vul een bedrag per betaling in van 0 euro of meer, zoals 4,50."));
        }
        opslag.bewaarOntzorgingPerBetaling(gemeente(), centen, gebruiker());
    }

    /** The interpreters of a year, newest first. */
    @Transactional(readOnly = true)
    public List<Tolkinzet> tolken(int jaar) {
        vereisRol(LEZERS);
        return opslag.tolken(gemeente(), LocalDate.of(jaar, 1, 1), LocalDate.of(jaar + 1, 1, 1));
    }

    /** The beleidsmedewerker records an interpreter the gemeente paid. */
    public Tolkinzet registreerTolk(@Nullable LocalDate datum, @Nullable String omschrijving, long centen) {
        vereisRol(EnumSet.of(Rol.BELEIDSMEDEWERKER));
        Tolkinzet tolk = Tolkinzet.nieuw(datum, omschrijving, centen);
        opslag.bewaar(gemeente(), tolk, gebruiker());
        return tolk;
    }

    /** The beleidsmedewerker removes an entry (after confirming); one of another gemeente: 404. */
    public void verwijderTolk(UUID id) {
        vereisRol(EnumSet.of(Rol.BELEIDSMEDEWERKER));
        if (opslag.verwijderTolk(gemeente(), id) == 0) {
            throw new NietGevonden("Tolkinzet");
        }
    }

    /**
     * D6: the budget realisation of the gemeente in {@code [vanaf, tot)} on today: per component what is committed,
     * spent and forecast, against the SPUK (the rekentool's provisional payment) and the uitvoeringsbudget for the
     * part of their years in the period. For the beleidsmedewerker (also the half-year report to the raad, D10).
     */
    @Transactional(readOnly = true)
    public Budgetrealisatie realisatie(LocalDate vanaf, LocalDate tot) {
        vereisRol(EnumSet.of(Rol.BELEIDSMEDEWERKER));
        Periode periode = new Periode(vanaf, tot, Vandaag.datum(klok));
        Spukraming raming = Spukraming.bereken(opslag.prognoses(gemeente()), prijzen());
        long spuk = 0;
        long uitvoering = 0;
        for (int jaar = vanaf.getYear(); jaar <= tot.minusDays(1).getYear(); jaar++) {
            spuk += periode.deelVanJaar(jaar, raming.uitkeringIn(jaar));
            uitvoering += periode.deelVanJaar(
                    jaar, opslag.uitvoeringsbudget(gemeente(), jaar).orElse(standaardUitvoeringsbudget(jaar)));
        }
        return new Budgetrealisatie(periode, kosten.lees(gemeente(), periode), spuk, uitvoering);
    }

    private IntFunction<SpukPrijzen> prijzen() {
        Map<Integer, SpukPrijzen> ingesteld =
                opslag.prijzen(gemeente()).stream().collect(Collectors.toMap(SpukPrijzen::jaar, p -> p));
        return jaar -> ingesteld.getOrDefault(jaar, SpukPrijzen.standaard(jaar));
    }

    private static void vereisRol(Set<Rol> rollen) {
        if (!rollen.contains(HuidigeGebruiker.vereist().rol())) {
            throw new NietToegestaan("Deze handeling hoort niet bij uw rol.");
        }
    }

    private static String gemeente() {
        return Tenant.vereist().waarde();
    }

    private static String gebruiker() {
        return HuidigeGebruiker.vereist().gebruikersnaam();
    }

    static BigDecimal euro(long centen) {
        return BigDecimal.valueOf(centen).movePointLeft(2);
    }
}
