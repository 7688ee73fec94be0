package nl.openinburgering.leerroute;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import nl.openinburgering.aanbieder.Aanbieder;
import nl.openinburgering.aanbieder.Aanbiedersoort;
import nl.openinburgering.aanbieder.Deelname;
import nl.openinburgering.aanbieder.Deelnamesoort;
import nl.openinburgering.inburgeraar.Doelgroep;
import nl.openinburgering.shared.Leerroute;

/**
 * What the enrolment screen offers for a person's leerroute: the kinds of deelname that fit it and the
 * contracted providers that offer at least one of them. R6.1: no MAP in the onderwijsroute. R4.8: in the
 * onderwijsroute only a recognised Taalschakelinstelling gives the language part. The facade still checks D8
 * and the kind on enrolment; this only keeps the screen from offering what does not fit.
 */
public record Inschrijfaanbod(List<Aanbieder> aanbieders, List<Deelnamesoort> soorten) {

    /** R6.1, R4.8: the offer for a route ({@code null}: no vastgesteld PIP yet, so every kind may still fit). */
    public static Inschrijfaanbod voor(@Nullable Leerroute route, List<Aanbieder> gecontracteerd) {
        return voor(route, null, gecontracteerd);
    }

    /**
     * R6.1, R4.8 and R2.9: as {@link #voor(Leerroute, List)}, and for a known target group only the leerroute
     * that fits it: the gemeente buys the leerroute of an asielstatushouder; a gezinsmigrant or overige migrant
     * pays their own ({@link Deelname#leerrouteBetaald}).
     */
    public static Inschrijfaanbod voor(
            @Nullable Leerroute route, @Nullable Doelgroep doelgroep, List<Aanbieder> gecontracteerd) {
        Set<Deelnamesoort> soorten = EnumSet.allOf(Deelnamesoort.class);
        if (doelgroep != null) {
            soorten.removeIf(soort -> !Deelname.leerrouteBetaald(doelgroep, soort));
        }
        if (route == Leerroute.ONDERWIJSROUTE) {
            soorten.remove(Deelnamesoort.MAP);
        }
        List<Aanbieder> passend = new ArrayList<>();
        for (Aanbieder aanbieder : gecontracteerd) {
            if (soorten.stream().anyMatch(soort -> biedtVoorRoute(aanbieder, soort, route))) {
                passend.add(aanbieder);
            }
        }
        return new Inschrijfaanbod(List.copyOf(passend), List.copyOf(soorten));
    }

    /** Whether the provider can take this kind of deelname for a person in this route. */
    public static boolean biedtVoorRoute(Aanbieder aanbieder, Deelnamesoort soort, @Nullable Leerroute route) {
        if (!aanbieder.biedt(soort.aanbiedersoort())) {
            return false;
        }
        if (route == Leerroute.ONDERWIJSROUTE && soort.aanbiedersoort() == Aanbiedersoort.TAAL) {
            return aanbieder.taalschakelinstelling();
        }
        return !(route == Leerroute.ONDERWIJSROUTE && soort == Deelnamesoort.MAP);
    }
}
