package nl.openinburgering.ontzorging;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import nl.openinburgering.inburgeraar.Doelgroep;
import nl.openinburgering.shared.OngeldigeInvoer;
import nl.openinburgering.shared.Veldfout;

/** The rules of chapter 7 as pure functions, so that each is tested on both sides of its boundary. */
public final class OntzorgingRegels {

    /** R1.1: Wi2021 applies to whoever became inburgeringsplichtig from this date; earlier cohorts stay under Wi2013. */
    public static final LocalDate START_WI2021 = LocalDate.of(2022, 1, 1);
    /** R7.3, D3: the minimum duration of the ontzorging from the start of the bijstand. */
    public static final int MINIMUM_MAANDEN = 6;
    /** The highest monthly amount of one item (€ 5.000): a typing error beyond this is refused. */
    public static final long MAXIMUM_BEDRAG_CENTEN = 500_000;

    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.of("nl"));

    private OntzorgingRegels() {}

    /**
     * R7.1: the target group of art. 56a Pw: an inburgeringsplichtige under Wi2021 (R1.1: plicht from 2022) in
     * the asielstatushouder group who holds an asylum permit (also a dependent one) and has a right to bijstand
     * (its start date). Not gezinsmigranten and overige migranten, not family with a regular permit.
     */
    public static List<Veldfout> doelgroep(
            Doelgroep doelgroep,
            LocalDate startPlicht,
            @Nullable Vergunning vergunning,
            @Nullable LocalDate startBijstand) {
        List<Veldfout> fouten = new ArrayList<>();
        if (doelgroep != Doelgroep.ASIELSTATUSHOUDER) {
            fouten.add(
                    new Veldfout(
                            "doelgroep",
                            "R7.1",
                            "Financieel ontzorgen geldt alleen voor asielstatushouders, niet voor gezinsmigranten en overige migranten."));
        }
        if (startPlicht.isBefore(START_WI2021)) {
            fouten.add(
                    new Veldfout(
                            "doelgroep",
                            "R7.1",
                            "Financieel ontzorgen geldt niet voor wie vóór 1 januari 2022 inburgeringsplichtig werd (Wi2013)."));
        }
        if (vergunning == null) {
            fouten.add(new Veldfout("vergunning", "R7.1", "Kies de verblijfsvergunning."));
        } else if (vergunning != Vergunning.ASIEL) {
            fouten.add(
                    new Veldfout(
                            "vergunning",
                            "R7.1",
                            "Financieel ontzorgen geldt alleen met een asielvergunning (ook een afhankelijke), niet voor gezinsleden met een reguliere vergunning."));
        }
        if (startBijstand == null) {
            fouten.add(new Veldfout(
                    "startBijstand",
                    "R7.1",
                    "Vul de startdatum van de bijstand in: ontzorgen geldt alleen met recht op bijstand."));
        }
        return fouten;
    }

    /** R7.3: the last day of the six-month minimum from the start of the bijstand. */
    public static LocalDate minimumEinde(LocalDate startBijstand) {
        return startBijstand.plusMonths(MINIMUM_MAANDEN).minusDays(1);
    }

    /**
     * R7.3, D3: the first month an item may be handed back: the month after the one in which the minimum ends, so
     * the gemeente still pays every month that the six months touch.
     */
    public static YearMonth eersteOverdrachtsmaand(LocalDate startBijstand) {
        return YearMonth.from(minimumEinde(startBijstand)).plusMonths(1);
    }

    /** R7.2, R7.7: a cost item is complete and its amount, account and months make sense. */
    public static List<Veldfout> kostenpost(NieuweKostenpost post, LocalDate startBijstand) {
        List<Veldfout> fouten = new ArrayList<>();
        if (post.soort() == null) {
            fouten.add(new Veldfout("soort", "R7.2", "Kies de soort vaste last."));
        }
        if (post.crediteurNaam() == null || post.crediteurNaam().isBlank()) {
            fouten.add(new Veldfout("crediteurNaam", "verplicht", "Vul de naam van de schuldeiser in."));
        } else if (post.crediteurNaam().strip().length() > 70) {
            fouten.add(new Veldfout(
                    "crediteurNaam", "te.lang", "De naam van de schuldeiser is te lang (ten hoogste 70 tekens)."));
        }
        try {
            Iban.van(post.iban());
        } catch (OngeldigeInvoer ongeldig) {
            fouten.addAll(ongeldig.fouten());
        }
        if (post.kenmerk() != null && post.kenmerk().strip().length() > 140) {
            fouten.add(new Veldfout("kenmerk", "te.lang", "Het betalingskenmerk is te lang (ten hoogste 140 tekens)."));
        }
        if (post.bedragInCenten() == null
                || post.bedragInCenten() <= 0
                || post.bedragInCenten() > MAXIMUM_BEDRAG_CENTEN) {
            fouten.add(new Veldfout("bedrag", "bedrag.ongeldig", "Vul een maandbedrag in tussen € 0,01 en € 5.000."));
        }
        if (post.startmaand() == null) {
            fouten.add(new Veldfout("startmaand", "verplicht", "Vul de eerste maand in."));
        } else {
            if (post.startmaand().isBefore(YearMonth.from(startBijstand))) {
                fouten.add(new Veldfout(
                        "startmaand",
                        "R7.3",
                        "De eerste maand ligt vóór de start van de bijstand (" + DATUM.format(startBijstand) + ")."));
            }
            if (post.eindmaand() != null && post.eindmaand().isBefore(post.startmaand())) {
                fouten.add(new Veldfout("eindmaand", "volgorde", "De laatste maand ligt vóór de eerste maand."));
            }
        }
        return fouten;
    }

    static String datum(LocalDate datum) {
        return DATUM.format(datum);
    }
}
