package nl.openinburgering.pip;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import nl.openinburgering.inburgeraar.Doelgroep;
import nl.openinburgering.inburgeraar.Examendeel;
import nl.openinburgering.inburgeraar.InburgeraarFeiten;
import nl.openinburgering.shared.Leerroute;
import nl.openinburgering.shared.OngeldigeInvoer;
import nl.openinburgering.shared.Veldfout;

/**
 * The statute and DUO rules a PIP must meet, checked when it is drafted and again when it is vastgesteld.
 * Each finding names its rule ID, so the consulent (and DUO's own validation later) can trace it.
 */
final class PipRegels {

    static final int MAXIMALE_INTENSITEIT = 9999;
    static final int MAXIMAAL_AANTAL_GESPREKKEN = 99;
    /** R3.11: afschalen needs at least 600 hours of NT2/KNM lessons, brede-intake hours excluded. */
    static final int UREN_VOOR_AFSCHALEN = 600;

    private PipRegels() {}

    /**
     * R3.13, R3.3, R2.9, R6.1, R3.11, the R3.1 content ({@link #brederPlan}) and the required reason of a
     * later PIP.
     *
     * @param vorige         the person's current vastgesteld PIP, if any (then this PIP is not the first)
     * @param gevolgdeUren   NT2/KNM hours followed at a provider, brede intake excluded (R3.11)
     */
    static List<Veldfout> inhoud(
            PipInhoud inhoud, InburgeraarFeiten persoon, Optional<Pip> vorige, double gevolgdeUren) {
        List<Veldfout> fouten = new ArrayList<>();
        if (inhoud.leerroute() == null) {
            fouten.add(new Veldfout("leerroute", "verplicht", "Kies de leerroute."));
            return fouten;
        }
        Leerroute route = inhoud.leerroute();
        verhuizing(route, vorige, fouten);
        if (inhoud.niveau() == Niveau.A2 && route == Leerroute.ONDERWIJSROUTE) {
            fouten.add(new Veldfout("niveau", "R3.13", "De onderwijsroute kent geen niveau A2; kies B1."));
        }
        if (inhoud.niveau() == Niveau.B1 && route == Leerroute.Z_ROUTE) {
            fouten.add(new Veldfout("niveau", "R3.13", "De Z-route kent geen niveau B1."));
        }
        if (inhoud.niveau() == Niveau.A2 && route == Leerroute.B1_ROUTE && vorige.isEmpty()) {
            fouten.add(new Veldfout(
                    "niveau",
                    "R3.13",
                    "Het eerste PIP in de B1-route heeft niveau B1; afschalen naar A2 kan pas in een later PIP."));
        }
        if (vorige.isPresent() && isAfschalen(inhoud, vorige.get()) && gevolgdeUren < UREN_VOOR_AFSCHALEN) {
            fouten.add(new Veldfout(
                    "niveau",
                    "R3.11",
                    "Afschalen naar A2 kan pas na ten minste "
                            + UREN_VOOR_AFSCHALEN
                            + " uur taalles en KNM (uren tijdens de brede intake tellen niet mee); "
                            + "aanwezig volgens de aanbieders: " + gevolgdeUren + " uur."));
        }
        afschaling(inhoud, vorige.filter(v -> isAfschalen(inhoud, v)).isPresent(), fouten);
        intensiteit(inhoud, persoon, fouten);
        if (inhoud.afsprakenMap() != null && route == Leerroute.ONDERWIJSROUTE) {
            fouten.add(new Veldfout(
                    "afsprakenMap", "R6.1", "In de onderwijsroute is er geen MAP; laat de MAP-afspraken leeg."));
        }
        if (inhoud.intensiteitMapUren() != null && route == Leerroute.ONDERWIJSROUTE) {
            fouten.add(new Veldfout(
                    "intensiteitMapUren",
                    "R6.1",
                    "In de onderwijsroute is er geen MAP; laat de intensiteit van de MAP leeg."));
        }
        brederPlan(inhoud, persoon, fouten);
        Integer gesprekken = inhoud.aantalVoortgangsgesprekken();
        if (gesprekken != null && (gesprekken < 0 || gesprekken > MAXIMAAL_AANTAL_GESPREKKEN)) {
            fouten.add(new Veldfout(
                    "aantalVoortgangsgesprekken",
                    "aantal.ongeldig",
                    "Het aantal voortgangsgesprekken ligt tussen 0 en " + MAXIMAAL_AANTAL_GESPREKKEN + "."));
        }
        if (vorige.isPresent() && inhoud.reden() == null) {
            fouten.add(
                    new Veldfout(
                            "reden",
                            "verplicht",
                            "Geef de reden van dit nieuwe PIP (schakelen, afschalen, verhuizing of een wijziging na bezwaar)."));
        }
        return fouten;
    }

    /**
     * R3.1 (the PIP in brede zin): PVT and MAP intensity in whole hours; R2.9 and R4.8: the inburgeringsaanbod
     * is for an asielstatushouder only; R7.1: ontzorgen (art. 56a Pw) is for an asielstatushouder with bijstand
     * only, and for such a person the PIP holds the ontzorgen agreements.
     */
    static void brederPlan(PipInhoud inhoud, InburgeraarFeiten persoon, List<Veldfout> fouten) {
        uren("intensiteitPvtUren", "PVT", inhoud.intensiteitPvtUren(), fouten);
        uren("intensiteitMapUren", "MAP", inhoud.intensiteitMapUren(), fouten);
        boolean ash = persoon.doelgroep() == Doelgroep.ASIELSTATUSHOUDER;
        if (inhoud.inburgeringsaanbod() != null && !ash) {
            fouten.add(new Veldfout(
                    "inburgeringsaanbod",
                    "R2.9",
                    "Het inburgeringsaanbod hoort alleen in het PIP van een asielstatushouder (R4.8)."));
        }
        if (inhoud.afsprakenOntzorgen() != null && !ash) {
            fouten.add(new Veldfout(
                    "afsprakenOntzorgen",
                    "R7.1",
                    "Financieel ontzorgen geldt alleen voor asielstatushouders met bijstand."));
        } else if (inhoud.afsprakenOntzorgen() != null && !inhoud.ontvangtBijstand()) {
            fouten.add(new Veldfout(
                    "afsprakenOntzorgen",
                    "R7.1",
                    "Financieel ontzorgen geldt alleen bij bijstand; vink bijstand aan of laat de afspraken leeg."));
        } else if (ash && inhoud.ontvangtBijstand() && inhoud.afsprakenOntzorgen() == null) {
            fouten.add(new Veldfout(
                    "afsprakenOntzorgen",
                    "R7.1",
                    "Een asielstatushouder met bijstand wordt ontzorgd; leg de afspraken over ontzorgen vast."));
        }
    }

    private static void uren(String veld, String onderdeel, @Nullable Integer uren, List<Veldfout> fouten) {
        if (uren != null && (uren < 0 || uren > MAXIMALE_INTENSITEIT)) {
            fouten.add(new Veldfout(
                    veld,
                    "R3.1",
                    "De intensiteit van de " + onderdeel + " ligt tussen 0 en " + MAXIMALE_INTENSITEIT + " uur."));
        }
    }

    /**
     * R3.12: after a move the new gemeente's first PIP keeps the leerroute of the previous gemeente; it may
     * change support, PVT/MAP, VVE and intensity, and a later PIP here may switch route on its own grounds.
     */
    private static void verhuizing(Leerroute route, Optional<Pip> vorige, List<Veldfout> fouten) {
        vorige.filter(Pip::vanVorigeGemeente)
                .filter(pip -> pip.leerroute() != route)
                .ifPresent(pip -> fouten.add(new Veldfout(
                        "leerroute",
                        "R3.12",
                        "Na een verhuizing houdt het eerste PIP van deze gemeente de leerroute van de vorige gemeente ("
                                + pip.leerroute().name().replace('_', '-').toLowerCase() + ").")));
    }

    /**
     * R3.11: afschalen records the two statutory findings, both required: B1 is not feasible within the
     * (extended) termijn, and the person made sufficient effort (judged with the provider's data); and the skills
     * it lowers to A2 (per skill: lezen, luisteren, schrijven, spreken; KNM has no level, R4.2). The findings
     * belong to an A2 PIP in the B1-route only (a later A2 PIP may keep them); elsewhere they are refused.
     */
    static void afschaling(PipInhoud inhoud, boolean afschalen, List<Veldfout> fouten) {
        boolean ingevuld = inhoud.afschalingB1NietHaalbaar()
                || inhoud.afschalingVoldoendeInspanning()
                || !inhoud.afschalingVaardigheden().isEmpty();
        boolean a2InB1Route = inhoud.leerroute() == Leerroute.B1_ROUTE && inhoud.niveau() == Niveau.A2;
        if (ingevuld && !a2InB1Route) {
            fouten.add(new Veldfout(
                    "afschalingB1NietHaalbaar",
                    "R3.11",
                    "De bevindingen van afschalen horen alleen bij een PIP met niveau A2 in de B1-route."));
            return;
        }
        if (inhoud.afschalingVaardigheden().contains(Examendeel.KNM)) {
            fouten.add(new Veldfout(
                    "afschalingVaardigheden",
                    "R3.11",
                    "KNM heeft geen taalniveau; afschalen gaat over lezen, luisteren, schrijven of spreken."));
        }
        if (!afschalen) {
            return;
        }
        if (!inhoud.afschalingB1NietHaalbaar()) {
            fouten.add(new Veldfout(
                    "afschalingB1NietHaalbaar",
                    "R3.11",
                    "Afschalen kan alleen als taalniveau B1 binnen de (verlengde) termijn niet haalbaar is. "
                            + "Leg die bevinding vast."));
        }
        if (!inhoud.afschalingVoldoendeInspanning()) {
            fouten.add(new Veldfout(
                    "afschalingVoldoendeInspanning",
                    "R3.11",
                    "Afschalen kan alleen als de inburgeraar zich voldoende heeft ingespannen (met gegevens van de "
                            + "taalaanbieder). Leg die bevinding vast."));
        }
        if (inhoud.afschalingVaardigheden().isEmpty()) {
            fouten.add(new Veldfout(
                    "afschalingVaardigheden",
                    "R3.11",
                    "Kies de vaardigheden die naar A2 gaan: lezen, luisteren, schrijven en/of spreken."));
        }
    }

    /** R3.3 and R2.9: the estimated intensity of the B1-route is for an asielstatushouder in the B1-route only. */
    private static void intensiteit(PipInhoud inhoud, InburgeraarFeiten persoon, List<Veldfout> fouten) {
        Integer uren = inhoud.geschatteIntensiteitB1Route();
        if (uren == null) {
            return;
        }
        if (inhoud.leerroute() != Leerroute.B1_ROUTE) {
            fouten.add(new Veldfout(
                    "geschatteIntensiteitB1Route", "R3.3", "De geschatte intensiteit hoort alleen bij de B1-route."));
        } else if (persoon.doelgroep() != Doelgroep.ASIELSTATUSHOUDER) {
            fouten.add(new Veldfout(
                    "geschatteIntensiteitB1Route",
                    "R2.9",
                    "De geschatte intensiteit van de B1-route geldt alleen voor asielstatushouders."));
        } else if (uren < 1 || uren > MAXIMALE_INTENSITEIT) {
            fouten.add(new Veldfout(
                    "geschatteIntensiteitB1Route",
                    "R3.3",
                    "De geschatte intensiteit ligt tussen 1 en " + MAXIMALE_INTENSITEIT + " uur."));
        }
    }

    /**
     * R3.11: A2 in the B1-route after any PIP that was not already an A2 B1-route: after a PIP at B1, whatever its
     * route (switching from the onderwijsroute straight to an A2 B1-route lowers the level just as well); after a
     * Z-route PIP (a Z-route followed by a B1-route at A2 is afschalen, not only schakelen); and after a move
     * whose herkomst names no level (R3.12: without a level the A2 cannot be taken over, so it needs the 600
     * hours). Only an earlier A2 in the B1-route (afgeschaald before, here or in the previous gemeente) keeps A2
     * without a new check.
     */
    static boolean isAfschalen(PipInhoud nieuw, Pip vorige) {
        boolean wasA2 = vorige.leerroute() == Leerroute.B1_ROUTE && vorige.niveau() == Niveau.A2;
        return nieuw.leerroute() == Leerroute.B1_ROUTE && nieuw.niveau() == Niveau.A2 && !wasA2;
    }

    /**
     * R3.13: the dagtekening may not lie before the start of the plicht, before the date of settlement in the
     * gemeente, or before the dagtekening of an earlier PIP.
     */
    static List<Veldfout> dagtekening(
            @Nullable LocalDate dagtekening, InburgeraarFeiten persoon, Optional<Pip> vorige, LocalDate vandaag) {
        List<Veldfout> fouten = new ArrayList<>();
        if (dagtekening == null) {
            fouten.add(new Veldfout("dagtekening", "verplicht", "Vul de dagtekening in."));
            return fouten;
        }
        if (dagtekening.isAfter(vandaag)) {
            fouten.add(new Veldfout(
                    "dagtekening",
                    "datum.toekomst",
                    "De dagtekening ligt in de toekomst; een beschikking wordt gedagtekend op of vóór vandaag."));
        }
        if (dagtekening.isBefore(persoon.datumStartInburgeringsplicht())) {
            fouten.add(new Veldfout(
                    "dagtekening",
                    "R3.13",
                    "De dagtekening ligt vóór de start van de inburgeringsplicht ("
                            + persoon.datumStartInburgeringsplicht() + ")."));
        }
        if (persoon.datumVestigingGemeente() != null && dagtekening.isBefore(persoon.datumVestigingGemeente())) {
            fouten.add(new Veldfout(
                    "dagtekening",
                    "R3.13",
                    "De dagtekening ligt vóór de datum van vestiging in de gemeente ("
                            + persoon.datumVestigingGemeente() + ")."));
        }
        vorige.flatMap(Pip::dagtekening)
                .filter(dagtekening::isBefore)
                .ifPresent(eerder -> fouten.add(new Veldfout(
                        "dagtekening", "R3.13", "De dagtekening ligt vóór die van het vorige PIP (" + eerder + ").")));
        return fouten;
    }

    /**
     * R3.2 (Awb 6:8: the six weeks for bezwaar run from the day after the letter is made known): a beschikking
     * dated before the day it is fixed shortens the time for bezwaar, so a dagtekening before today is refused
     * unless a reason is recorded, which the letter and the team's dashboard show.
     */
    static List<Veldfout> terugwerkendeDagtekening(
            @Nullable LocalDate dagtekening, @Nullable String reden, LocalDate vandaag) {
        if (dagtekening == null || !dagtekening.isBefore(vandaag) || (reden != null && !reden.isBlank())) {
            return List.of();
        }
        return List.of(new Veldfout(
                "redenEerdereDagtekening",
                "R3.2",
                "De dagtekening (" + dagtekening + ") ligt vóór vandaag, de dag van vaststelling. Leg de reden vast "
                        + "of dagteken de beschikking op vandaag."));
    }

    /**
     * R3.1 (Wi2021 art. 15): the minimum content of a PIP before it becomes a beschikking: the leerroute and its
     * level (the Z-route has none), the begeleiding, the PVT (every route, R5.1) and the MAP (not in the
     * onderwijsroute, R6.1), each as agreements or an intensity in hours, and the number of voortgangsgesprekken.
     * Checked at vaststelling only: a concept may still be incomplete.
     */
    static List<Veldfout> minimuminhoud(PipInhoud inhoud) {
        List<Veldfout> fouten = new ArrayList<>();
        if (inhoud.niveau() == null && inhoud.leerroute() != Leerroute.Z_ROUTE) {
            fouten.add(new Veldfout("niveau", "R3.1", "Het PIP noemt het niveau van de leerroute niet."));
        }
        if (inhoud.begeleiding() == null) {
            fouten.add(new Veldfout(
                    "begeleiding", "R3.1", "Het PIP beschrijft de begeleiding niet; dat is verplichte inhoud."));
        }
        if (inhoud.afsprakenPvt() == null && inhoud.intensiteitPvtUren() == null) {
            fouten.add(new Veldfout(
                    "afsprakenPvt",
                    "R3.1",
                    "Het PIP bevat geen afspraken over het participatieverklaringstraject (PVT) en geen intensiteit."));
        }
        if (inhoud.leerroute() != Leerroute.ONDERWIJSROUTE
                && inhoud.afsprakenMap() == null
                && inhoud.intensiteitMapUren() == null) {
            fouten.add(new Veldfout(
                    "afsprakenMap",
                    "R3.1",
                    "Het PIP bevat geen afspraken over de module arbeidsmarkt en participatie (MAP) en geen "
                            + "intensiteit."));
        }
        if (inhoud.aantalVoortgangsgesprekken() == null) {
            fouten.add(new Veldfout(
                    "aantalVoortgangsgesprekken", "R3.1", "Het PIP noemt het aantal voortgangsgesprekken niet."));
        }
        return fouten;
    }

    /**
     * R2.1 and R2.4 (Wi2021 art. 14, 15): the PIP rests on the brede intake: an intakegesprek was held and the
     * leerbaarheidstoets has a result, or the gemeente exempted the person from it (R1.10).
     */
    static List<Veldfout> intake(Intakestand intake) {
        List<Veldfout> fouten = new ArrayList<>();
        if (!intake.gesprekGehouden()) {
            fouten.add(new Veldfout(
                    "intake",
                    "R2.1",
                    "Er is geen brede intake gehouden: leg eerst een gevoerd intakegesprek vast in de intake."));
        }
        if (!intake.toetsOfOntheffing()) {
            fouten.add(new Veldfout(
                    "leerbaarheidstoets",
                    "R2.4",
                    "De uitslag van de leerbaarheidstoets ontbreekt en er is geen ontheffing ervan (R1.10); leg die "
                            + "eerst vast in de intake."));
        }
        return fouten;
    }

    /**
     * R3.1, R2.1 and R2.4: the conditions a beschikking needs besides its own rules. The intake is a condition of
     * the first PIP in this gemeente only: a later PIP rests on the same intake, and after a move (R3.12) the
     * previous gemeente held it, which the herkomst records.
     */
    static List<Veldfout> voorwaarden(PipInhoud inhoud, Intakestand intake, Optional<Pip> vorige) {
        List<Veldfout> fouten = minimuminhoud(inhoud);
        if (vorige.isEmpty()) {
            fouten.addAll(intake(intake));
        }
        return fouten;
    }

    static void geldig(List<Veldfout> fouten) {
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
    }
}
