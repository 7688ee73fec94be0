package nl.openinburgering.pip;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import nl.openinburgering.intake.Bevindingen;
import nl.openinburgering.intake.Intakedossier;
import nl.openinburgering.intake.Leerbaarheidstoets;
import nl.openinburgering.shared.Leerroute;

/**
 * R3.2 with R2.1, R2.4 and R1.10 (Awb 3:46, a decision rests on its reasons): why this leerroute, taken from the
 * intake when the PIP is fixed, so the letter states the reasons and nobody retypes them: the leerbaarheidstoets
 * result or the exemption from it, the findings that bear on the route (education, work experience, main goal),
 * and the consulent's reason when the choice deviates from the test's advice. Frozen into the PIP: a later change
 * of the intake does not change a beschikking already sent.
 */
final class Routemotivering {

    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.of("nl"));
    private static final Locale NL = Locale.of("nl");

    private Routemotivering() {}

    /** The reasons as short Dutch sentences, one per line; empty when the intake holds none. */
    static Optional<String> uit(Intakedossier intake, Leerroute gekozen) {
        List<String> zinnen = new ArrayList<>();
        toets(intake.leerbaarheidstoets()).ifPresent(zinnen::add);
        bevindingen(intake.bevindingen()).ifPresent(zinnen::add);
        Optional<Leerroute> advies = intake.routeadvies().leerroute();
        Optional<String> reden = intake.routekeuze().flatMap(keuze -> Optional.ofNullable(keuze.reden()));
        if (advies.isPresent() && advies.get() != gekozen) {
            zinnen.add("Uit de toets en het gesprek volgt het advies " + naam(advies.get())
                    + ". Wij kiezen toch voor de " + naam(gekozen)
                    + reden.map(r -> ", omdat: " + r).orElse("")
                    + ".");
        } else {
            reden.ifPresent(r -> zinnen.add("Waarom wij deze route kiezen: " + r + "."));
        }
        return zinnen.isEmpty() ? Optional.empty() : Optional.of(String.join("\n", zinnen));
    }

    private static Optional<String> toets(Leerbaarheidstoets lbt) {
        if (lbt.vrijgesteld()) {
            String grond = switch (lbt.ontheffing()) {
                case VISUELE_BEPERKING -> "een visuele beperking";
                case AUDITIEVE_BEPERKING -> "een auditieve beperking";
                case null -> "een beperking";
            };
            return Optional.of("U hoeft de leerbaarheidstoets niet te maken vanwege " + grond + " (R1.10): "
                    + lbt.ontheffingReden() + ".");
        }
        if (lbt.resultaat() == null) {
            return Optional.empty();
        }
        String uitslag = switch (lbt.resultaat()) {
            case B1_ROUTE_HAALBAAR -> "de B1-route is voor u haalbaar";
            case B1_ROUTE_NIET_HAALBAAR -> "de B1-route is voor u niet haalbaar";
            case ONBEKEND -> "de uitslag is onbekend";
        };
        String score = lbt.behaaldeScore() == null || lbt.benodigdeScore() == null
                ? ""
                : " (uw score " + score(lbt.behaaldeScore()) + ", nodig " + score(lbt.benodigdeScore()) + ")";
        String datum = lbt.aanmeldingsdatum() == null ? "" : " van " + DATUM.format(lbt.aanmeldingsdatum());
        return Optional.of("Uit de leerbaarheidstoets" + datum + " blijkt: " + uitslag + score + ".");
    }

    private static Optional<String> bevindingen(Bevindingen b) {
        List<String> delen = new ArrayList<>();
        if (b.onderwijs() != null) {
            delen.add("opleiding: " + b.onderwijs());
        }
        if (b.werkervaring() != null) {
            delen.add("werkervaring: " + b.werkervaring());
        }
        if (b.hoofddoel() != null) {
            delen.add("uw doel: " + b.hoofddoel().name().toLowerCase(NL).replace('_', ' '));
        }
        return delen.isEmpty()
                ? Optional.empty()
                : Optional.of("Wat wij in de brede intake met u bespraken: " + String.join("; ", delen) + ".");
    }

    private static String score(java.math.BigDecimal waarde) {
        return new DecimalFormat("0.00", DecimalFormatSymbols.getInstance(NL)).format(waarde);
    }

    private static String naam(Leerroute route) {
        return switch (route) {
            case B1_ROUTE -> "B1-route";
            case ONDERWIJSROUTE -> "onderwijsroute";
            case Z_ROUTE -> "zelfredzaamheidsroute (Z-route)";
        };
    }
}
