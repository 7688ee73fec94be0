package nl.openinburgering.aanbieder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.openinburgering.inburgeraar.Doelgroep;
import nl.openinburgering.inburgeraar.InburgeraarFeiten;
import nl.openinburgering.shared.Gemeentecode;
import nl.openinburgering.shared.OngeldigeInvoer;
import nl.openinburgering.shared.Veldfout;

/**
 * An enrolment (deelname) of a person at a provider, from {@code startdatum} (inclusive) to an optional
 * {@code einddatum} (exclusive). Holds ids, no personal data.
 */
public record Deelname(
        UUID id,
        Gemeentecode gemeentecode,
        UUID inburgeraarId,
        UUID aanbiederId,
        String aanbiederNaam,
        Deelnamesoort soort,
        LocalDate startdatum,
        @Nullable LocalDate einddatum,
        long versie) {

    /**
     * Enrols a person of the gemeente at a provider. D8: the gemeente must contract the provider
     * ({@code gecontracteerd} is the provider if the gemeente contracts it, else empty); the provider must offer
     * the kind; R2.9: a gezinsmigrant or overige migrant is not enrolled in a leerroute the gemeente buys (see
     * {@link #leerrouteBetaald}); the start may not lie before the start of the inburgeringsplicht, the end comes after the start.
     */
    public static Deelname inschrijven(
            Gemeentecode gemeente,
            InburgeraarFeiten persoon,
            NieuweDeelname nieuw,
            Optional<Aanbieder> gecontracteerd) {
        List<Veldfout> fouten = new ArrayList<>();
        if (nieuw.aanbiederId() == null) {
            fouten.add(new Veldfout("aanbiederId", "verplicht", "Kies de aanbieder."));
        } else if (gecontracteerd.isEmpty()) {
            fouten.add(new Veldfout("aanbiederId", "D8", "Deze aanbieder is niet door de gemeente ingekocht."));
        } else if (nieuw.soort() != null
                && !gecontracteerd.get().biedt(nieuw.soort().aanbiedersoort())) {
            fouten.add(new Veldfout("soort", "aanbieder.soort", "Deze aanbieder biedt deze soort deelname niet aan."));
        }
        if (nieuw.soort() == null) {
            fouten.add(new Veldfout("soort", "verplicht", "Kies de soort deelname."));
        } else if (!leerrouteBetaald(persoon.doelgroep(), nieuw.soort())) {
            fouten.add(new Veldfout(
                    "soort",
                    "R2.9",
                    persoon.doelgroep() == Doelgroep.ASIELSTATUSHOUDER
                            ? "De gemeente koopt de leerroute van een asielstatushouder in; kies Leerroute."
                            : "De gemeente betaalt de leerroute van een gezinsmigrant of overige migrant niet; die betaalt"
                                    + " de route zelf (DUO biedt een lening). Kies Leerroute (zelf betaald)."));
        }
        LocalDate start = nieuw.startdatum();
        if (start == null) {
            fouten.add(new Veldfout("startdatum", "verplicht", "Vul de startdatum in."));
        } else if (start.isBefore(persoon.datumStartInburgeringsplicht())) {
            fouten.add(new Veldfout(
                    "startdatum",
                    "datum.volgorde",
                    "De deelname kan niet beginnen vóór de start van de inburgeringsplicht."));
        }
        if (start != null && nieuw.einddatum() != null && !nieuw.einddatum().isAfter(start)) {
            fouten.add(new Veldfout("einddatum", "datum.volgorde", "De einddatum ligt na de startdatum."));
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
        // refused above when missing
        return new Deelname(
                UUID.randomUUID(),
                gemeente,
                persoon.id(),
                Objects.requireNonNull(nieuw.aanbiederId()),
                gecontracteerd.get().naam(),
                Objects.requireNonNull(nieuw.soort()),
                Objects.requireNonNull(start),
                nieuw.einddatum(),
                0);
    }

    /**
     * R2.9: the gemeente buys the leerroute of an asielstatushouder only; a gezinsmigrant or overige migrant pays
     * it (and may borrow from DUO), so their language enrolment is {@link Deelnamesoort#LEERROUTE_ZELFBETAALD}.
     * An asielstatushouder cannot borrow from DUO, so their leerroute is never self-paid here. Other kinds (PVT,
     * MAP, participation) the gemeente provides to everyone.
     */
    public static boolean leerrouteBetaald(Doelgroep doelgroep, Deelnamesoort soort) {
        boolean asielstatushouder = doelgroep == Doelgroep.ASIELSTATUSHOUDER;
        return switch (soort) {
            case LEERROUTE -> asielstatushouder;
            case LEERROUTE_ZELFBETAALD -> !asielstatushouder;
            default -> true;
        };
    }

    /** The enrolment as the event other modules react to. Ids only. */
    public DeelnameIngeschreven ingeschreven() {
        return new DeelnameIngeschreven(id, inburgeraarId, aanbiederId, soort, gemeentecode);
    }

    /** Whether hours may be reported for that day: on or after the start and before the end. */
    public boolean looptOp(LocalDate datum) {
        return !datum.isBefore(startdatum) && (einddatum == null || datum.isBefore(einddatum));
    }
}
