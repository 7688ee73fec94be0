package nl.openinburgering.map;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import nl.openinburgering.inburgeraar.Inburgeringstermijn;
import nl.openinburgering.shared.Leerroute;
import nl.openinburgering.shared.OngeldigeInvoer;
import nl.openinburgering.shared.Veldfout;
import nl.openinburgering.shared.Verwijtbaar;
import nl.openinburgering.shared.Verwijtbaarheid;

/** The MAP rules, pure: every fact comes in. */
public final class MapRegels {

    /** R6.3: the practical element takes at least 40 hours. */
    public static final BigDecimal MINIMUM_PRAKTIJKUREN = new BigDecimal("40");
    /** D4: the budget per participant when the gemeente set none (policy, so configurable). */
    public static final BigDecimal STANDAARD_BUDGET = new BigDecimal("150.00");

    private MapRegels() {}

    /** R6.1: the MAP is for the B1-route and the Z-route, never the onderwijsroute; without a PIP not yet. */
    public static boolean vanToepassing(Optional<Leerroute> leerroute) {
        return leerroute.filter(route -> route != Leerroute.ONDERWIJSROUTE).isPresent();
    }

    /**
     * R6.1: refuses any MAP action outside the B1-route and Z-route (400 with the rule ID); R6.5: without a
     * current vastgesteld PIP there is no MAP (DUO refuses MAP data when the gemeente holds no current PIP).
     */
    public static void vereistMap(Optional<Leerroute> leerroute) {
        if (leerroute.isEmpty()) {
            throw new OngeldigeInvoer(new Veldfout(
                    "leerroute", "R6.5", "Er is nog geen vastgesteld PIP; de MAP hoort bij de leerroute van het PIP."));
        }
        if (!vanToepassing(leerroute)) {
            throw new OngeldigeInvoer(new Veldfout(
                    "leerroute",
                    "R6.1",
                    "De MAP geldt niet in de onderwijsroute, alleen in de B1-route en de Z-route."));
        }
    }

    /** R6.2: a waived theme needs the reason why the person already has the knowledge. */
    public static List<Veldfout> themaAfspraak(@Nullable ThemaStatus status, @Nullable String reden) {
        List<Veldfout> fouten = new ArrayList<>();
        if (status == null) {
            fouten.add(new Veldfout("status", "verplicht", "Kies afgesproken of vrijgesteld."));
        } else if (status == ThemaStatus.VRIJGESTELD && (reden == null || reden.isBlank())) {
            fouten.add(new Veldfout(
                    "reden", "R6.2", "Geef de reden van de vrijstelling: waarom heeft de persoon deze kennis al?"));
        }
        return fouten;
    }

    /**
     * The eindgesprek (R6.4): R6.1 (B1-route or Z-route), R6.3 (at least 40 practical hours), and the DUO
     * validations of R6.5: a current PIP, the date not in the future and not before the start of the termijn,
     * and a {@code verwijtbaar} indication DUO accepts.
     */
    public static List<Veldfout> eindgesprek(
            @Nullable LocalDate datum,
            @Nullable Boolean voldoende,
            Optional<Leerroute> leerroute,
            BigDecimal praktijkuren,
            Optional<Inburgeringstermijn> termijn,
            LocalDate vandaag,
            @Nullable Verwijtbaar verwijtbaar) {
        List<Veldfout> fouten = new ArrayList<>();
        if (leerroute.isPresent() && !vanToepassing(leerroute)) {
            fouten.add(new Veldfout("leerroute", "R6.1", "De MAP geldt niet in de onderwijsroute."));
        }
        if (datum == null) {
            fouten.add(new Veldfout("datum", "verplicht", "Vul de datum van het eindgesprek in."));
        } else if (datum.isAfter(vandaag)) {
            fouten.add(new Veldfout("datum", "R6.5", "De datum van het eindgesprek ligt in de toekomst."));
        }
        if (voldoende == null) {
            fouten.add(new Veldfout("voldoende", "verplicht", "Geef het oordeel van de gemeente: voldoende of niet."));
        }
        if (praktijkuren.compareTo(MINIMUM_PRAKTIJKUREN) < 0) {
            fouten.add(new Veldfout(
                    "praktijkuren",
                    "R6.3",
                    "Het praktijkdeel telt " + praktijkuren.stripTrailingZeros().toPlainString()
                            + " uur; er zijn ten minste 40 uur nodig."));
        }
        if (leerroute.isEmpty() || termijn.isEmpty()) {
            fouten.add(
                    new Veldfout("datum", "R6.5", "Er is nog geen vastgesteld PIP, dus nog geen inburgeringstermijn."));
        } else if (datum != null) {
            if (datum.isBefore(termijn.get().startdatum())) {
                fouten.add(new Veldfout("datum", "R6.5", "De datum ligt voor het begin van de inburgeringstermijn."));
            }
            new Verwijtbaarheid(datum, termijn.get().einddatum(), vandaag)
                    .fout(verwijtbaar)
                    .ifPresent(reden -> fouten.add(new Veldfout("verwijtbaar", "R6.5", reden)));
        }
        return fouten;
    }

    /** D4: a cost is a non-negative amount in euros with at most two decimals. */
    public static List<Veldfout> bedrag(String veld, @Nullable BigDecimal bedrag) {
        if (bedrag == null
                || bedrag.signum() < 0
                || bedrag.scale() > 2
                || bedrag.compareTo(new BigDecimal("100000")) >= 0) {
            return List.of(new Veldfout(
                    veld, "bedrag.ongeldig", "Vul een bedrag in euro's in, 0 of meer, met hoogstens twee decimalen."));
        }
        return List.of();
    }
}
