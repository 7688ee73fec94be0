package nl.openinburgering.intake;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import nl.openinburgering.shared.Leerroute;

/**
 * The leerroute the intake advises, with its reasons, computed from the facts only. An advice, not a
 * decision: the consulent chooses (see {@link Routekeuze}).
 */
public record Routeadvies(Optional<Leerroute> leerroute, List<String> redenen) {

    /**
     * Below this age the onderwijsroute is advised to someone who wants to study. Policy, not law: the Wet
     * inburgering 2021 sets no age; the onderwijsroute aims at young people heading for Dutch education, and
     * gemeenten commonly use "under 28". A gemeente may choose another limit.
     */
    public static final int LEEFTIJDSGRENS_ONDERWIJSROUTE = 28;

    /**
     * R2.4: the LBT decides between the B1-route and the Z-route; R1.10: without a result (exempt or unknown)
     * there is no advice, only what is missing. With B1 feasible, main goal ONDERWIJS, an age below
     * {@link #LEEFTIJDSGRENS_ONDERWIJSROUTE} and at least secondary education, the advice is the onderwijsroute.
     */
    public static Routeadvies bereken(
            Leerbaarheidstoets lbt, Bevindingen bevindingen, LocalDate geboortedatum, LocalDate peildatum) {
        if (lbt.vrijgesteld()) {
            return geen("Vrijgesteld van de leerbaarheidstoets (R1.10): kies de route op grond van de brede intake.");
        }
        if (lbt.resultaat() == null) {
            return geen("De uitslag van de leerbaarheidstoets ontbreekt nog.");
        }
        return switch (lbt.resultaat()) {
            case ONBEKEND -> geen("De uitslag van de leerbaarheidstoets is onbekend.");
            case B1_ROUTE_NIET_HAALBAAR ->
                new Routeadvies(
                        Optional.of(Leerroute.Z_ROUTE),
                        List.of("Volgens de leerbaarheidstoets is de B1-route niet haalbaar."));
            case B1_ROUTE_HAALBAAR -> haalbaar(bevindingen, geboortedatum, peildatum);
        };
    }

    private static Routeadvies haalbaar(Bevindingen bevindingen, LocalDate geboortedatum, LocalDate peildatum) {
        List<String> redenen = new ArrayList<>();
        redenen.add("Volgens de leerbaarheidstoets is de B1-route haalbaar.");
        if (bevindingen.hoofddoel() != Hoofddoel.ONDERWIJS) {
            return new Routeadvies(Optional.of(Leerroute.B1_ROUTE), redenen);
        }
        int leeftijd = Period.between(geboortedatum, peildatum).getYears();
        Opleidingsniveau niveau = bevindingen.opleidingsniveau();
        boolean jongGenoeg = leeftijd < LEEFTIJDSGRENS_ONDERWIJSROUTE;
        boolean opleidingPast = niveau != null && niveau.geschiktVoorOnderwijsroute();
        if (jongGenoeg && opleidingPast) {
            redenen.add("Hoofddoel is onderwijs, de leeftijd is " + leeftijd + " (onder "
                    + LEEFTIJDSGRENS_ONDERWIJSROUTE + ") en de vooropleiding past.");
            return new Routeadvies(Optional.of(Leerroute.ONDERWIJSROUTE), redenen);
        }
        if (!jongGenoeg) {
            redenen.add("Hoofddoel is onderwijs, maar de leeftijd is " + leeftijd
                    + " (beleidsgrens onderwijsroute: onder " + LEEFTIJDSGRENS_ONDERWIJSROUTE + ").");
        }
        if (!opleidingPast) {
            redenen.add(
                    niveau == null
                            ? "Hoofddoel is onderwijs, maar het opleidingsniveau is nog niet vastgelegd."
                            : "Hoofddoel is onderwijs, maar de vooropleiding is lager dan voortgezet onderwijs.");
        }
        return new Routeadvies(Optional.of(Leerroute.B1_ROUTE), redenen);
    }

    private static Routeadvies geen(String reden) {
        return new Routeadvies(Optional.empty(), List.of(reden));
    }
}
