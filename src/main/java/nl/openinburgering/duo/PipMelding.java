package nl.openinburgering.duo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import nl.openinburgering.inburgeraar.Doelgroep;
import nl.openinburgering.pip.Alfabetisering;
import nl.openinburgering.pip.Niveau;
import nl.openinburgering.shared.Leerroute;
import nl.openinburgering.shared.OngeldigeInvoer;
import nl.openinburgering.shared.Veldfout;

/**
 * R3.3: the PIP as DUO's PIP API wants it ({@code POST /personen/{bsn}/PIP}, schema {@code PIP}). Validates itself
 * against DUO's own checks of the specification's README before it may be sent (R3.13, R2.9), so that DUO does
 * not have to refuse it: A2 not with the onderwijsroute, B1 not with the Z-route, A2 with the B1-route not in the
 * first PIP, the estimated intensity only with the B1-route for an asielstatushouder, and a dagtekening not before
 * the start of the plicht.
 */
public record PipMelding(
        LocalDate dagtekening,
        Leerroute leerroute,
        @Nullable Niveau niveau,
        @Nullable Integer geschatteIntensiteitB1Route,
        boolean magOpleidingAfmaken,
        Alfabetisering alfabetisering) {

    /** R3.13, R2.9: DUO's validations of the README; every failure at once, in Dutch. */
    public static PipMelding gecontroleerd(
            LocalDate dagtekening,
            Leerroute leerroute,
            @Nullable Niveau niveau,
            @Nullable Integer intensiteit,
            boolean magOpleidingAfmaken,
            Alfabetisering alfabetisering,
            Doelgroep doelgroep,
            LocalDate startPlicht,
            boolean eerstePip) {
        List<Veldfout> fouten = new ArrayList<>();
        if (dagtekening.isBefore(startPlicht)) {
            fouten.add(new Veldfout(
                    "dagtekening", "R3.13", "De datum dagtekening ligt voor de start van de inburgeringsplicht."));
        }
        if (niveau == Niveau.A2 && leerroute == Leerroute.ONDERWIJSROUTE) {
            fouten.add(new Veldfout("niveau", "R3.13", "Niveau A2 mag niet in combinatie met de onderwijsroute."));
        }
        if (niveau == Niveau.B1 && leerroute == Leerroute.Z_ROUTE) {
            fouten.add(new Veldfout("niveau", "R3.13", "Niveau B1 mag niet in combinatie met de Z-route."));
        }
        if (niveau == Niveau.A2 && leerroute == Leerroute.B1_ROUTE && eerstePip) {
            fouten.add(new Veldfout("niveau", "R3.13", "Niveau A2 mag niet met de B1-route in het eerste PIP."));
        }
        if (intensiteit != null && (leerroute != Leerroute.B1_ROUTE || doelgroep != Doelgroep.ASIELSTATUSHOUDER)) {
            fouten.add(new Veldfout(
                    "geschatteIntensiteitB1Route",
                    "R2.9",
                    "De geschatte intensiteit mag alleen bij de B1-route van een asielstatushouder."));
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
        return new PipMelding(dagtekening, leerroute, niveau, intensiteit, magOpleidingAfmaken, alfabetisering);
    }

    /** The body of the melding, in DUO's codes (B/O/Z, A/AA/NVT). */
    public String json() {
        StringBuilder json = new StringBuilder("{\"dagtekeningPip\":\"")
                .append(dagtekening)
                .append("\",\"leerroute\":\"")
                .append(
                        switch (leerroute) {
                            case B1_ROUTE -> "B";
                            case ONDERWIJSROUTE -> "O";
                            case Z_ROUTE -> "Z";
                        })
                .append('"');
        if (niveau != null) {
            json.append(",\"niveau\":\"").append(niveau.name()).append('"');
        }
        if (geschatteIntensiteitB1Route != null) {
            json.append(",\"geschatteIntensiteitB1Route\":").append(geschatteIntensiteitB1Route);
        }
        json.append(",\"indicatorMagOpleidingAfmaken\":").append(magOpleidingAfmaken);
        json.append(",\"indicatorAlfabetiseringsonderwijs\":\"")
                .append(
                        switch (alfabetisering) {
                            case ANALFABEET -> "A";
                            case ANDERS_GEALFABETISEERD -> "AA";
                            case NVT -> "NVT";
                        })
                .append("\"}");
        return json.toString();
    }
}
