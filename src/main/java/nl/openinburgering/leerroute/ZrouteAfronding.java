package nl.openinburgering.leerroute;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.openinburgering.inburgeraar.Doelgroep;
import nl.openinburgering.inburgeraar.Inburgeringstermijn;
import nl.openinburgering.shared.Conflict;
import nl.openinburgering.shared.Gemeentecode;
import nl.openinburgering.shared.Leerroute;
import nl.openinburgering.shared.OngeldigeInvoer;
import nl.openinburgering.shared.Veldfout;

/**
 * R4.4: the Z-route is completed with the eindgesprek at the gemeente; its date is the
 * {@code datumAfrondingZroute} the gemeente reports to DUO. The hours counted at that moment are kept with it,
 * so the certificate and a later DUO message show what the decision rested on.
 */
public record ZrouteAfronding(
        UUID inburgeraarId,
        UUID pipId,
        LocalDate datumEindgesprek,
        BigDecimal cursusuren,
        @Nullable BigDecimal participatieuren,
        String afgerondDoor,
        Instant afgerondOp) {

    /** The current PIP as the completion needs it. */
    public record HuidigePip(UUID id, Leerroute leerroute) {}

    /**
     * R4.4 and R4.5: completes the Z-route. A state conflict (409) when the current PIP is no Z-route or the
     * route was completed already; 400 when the date is missing, in the future or before the start of the
     * inburgeringstermijn, or when the hours fall short of the target of the person's group (R4.5).
     */
    public static ZrouteAfronding afronden(
            UUID inburgeraarId,
            Optional<HuidigePip> pip,
            Optional<ZrouteAfronding> eerder,
            @Nullable LocalDate datumEindgesprek,
            LocalDate vandaag,
            Doelgroep doelgroep,
            Optional<Inburgeringstermijn> termijn,
            Urenstand uren,
            String door,
            Instant afgerondOp) {
        if (pip.isEmpty() || pip.get().leerroute() != Leerroute.Z_ROUTE) {
            throw new Conflict("zroute.geen", "Het huidige PIP van deze persoon is geen Z-route.");
        }
        if (eerder.isPresent()) {
            throw new Conflict(
                    "zroute.al.afgerond",
                    "De Z-route is al afgerond op " + eerder.get().datumEindgesprek() + ".");
        }
        List<Veldfout> fouten = new ArrayList<>();
        if (datumEindgesprek == null) {
            fouten.add(new Veldfout("datumEindgesprek", "verplicht", "Vul de datum van het eindgesprek in."));
        } else if (datumEindgesprek.isAfter(vandaag)) {
            fouten.add(new Veldfout(
                    "datumEindgesprek", "datum.toekomst", "De datum van het eindgesprek ligt in de toekomst."));
        } else if (termijn.isPresent()
                && datumEindgesprek.isBefore(termijn.get().startdatum())) {
            fouten.add(new Veldfout(
                    "datumEindgesprek",
                    "R4.4",
                    "Het eindgesprek ligt vóór de start van de " + "inburgeringstermijn ("
                            + termijn.get().startdatum() + ")."));
        }
        fouten.addAll(ZrouteNorm.toets(doelgroep, uren));
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
        return new ZrouteAfronding(
                inburgeraarId,
                pip.get().id(),
                Objects.requireNonNull(datumEindgesprek, "refused above when missing"),
                uren.cursusuren(),
                ZrouteNorm.participatieVereist(doelgroep) ? uren.participatieuren() : null,
                door,
                afgerondOp);
    }

    /** R4.4: the completion as the event other modules react to; its date is DUO's datumAfrondingZroute. */
    public ZrouteAfgerond afgerond(Gemeentecode gemeente) {
        return new ZrouteAfgerond(inburgeraarId, gemeente, datumEindgesprek);
    }
}
