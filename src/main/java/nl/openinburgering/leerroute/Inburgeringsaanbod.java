package nl.openinburgering.leerroute;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.openinburgering.inburgeraar.Doelgroep;
import nl.openinburgering.inburgeraar.Inburgeringstermijn;
import nl.openinburgering.shared.Leerroute;
import nl.openinburgering.shared.OngeldigeInvoer;
import nl.openinburgering.shared.Veldfout;

/**
 * R4.8: the inburgeringsaanbod of an asielstatushouder at one course provider: the start and the end of the
 * course (in the onderwijsroute: of the taalschakeltraject). One per provider: a new submission for the same
 * provider replaces the earlier one.
 */
public record Inburgeringsaanbod(
        UUID inburgeraarId,
        UUID aanbiederId,
        String aanbiedernaam,
        LocalDate startdatum,
        LocalDate einddatum,
        String geregistreerdDoor,
        Instant geregistreerdOp) {

    /** What the rules need to know about the provider, on the start date of the aanbod. */
    public record Aanbieder(boolean gecontracteerd, boolean keurmerkGeldigOpStart, boolean taalschakelinstelling) {}

    /** What the rules need to know about the person's current (vastgesteld) PIP. */
    public record HuidigePip(LocalDate dagtekening, Leerroute leerroute) {}

    /**
     * R4.8: only for an asielstatushouder with a vastgesteld PIP; the dates not before that PIP's
     * dagtekening, the end not before the start and before the end of the inburgeringstermijn (exclusive);
     * the provider contracted by the gemeente with a Blik op Werk keurmerk valid on the start date, and in the
     * onderwijsroute a recognised Taalschakelinstelling (R4.3).
     */
    public static List<Veldfout> controleer(
            LocalDate startdatum,
            LocalDate einddatum,
            Doelgroep doelgroep,
            Optional<HuidigePip> pip,
            Optional<Inburgeringstermijn> termijn,
            Aanbieder aanbieder) {
        List<Veldfout> fouten = new ArrayList<>();
        if (doelgroep != Doelgroep.ASIELSTATUSHOUDER) {
            fouten.add(
                    new Veldfout("doelgroep", "R4.8", "Een inburgeringsaanbod is er alleen voor asielstatushouders."));
            return fouten;
        }
        if (pip.isEmpty()) {
            fouten.add(new Veldfout(
                    "pip", "R4.8", "Er is nog geen vastgesteld PIP; registreer het aanbod na de vaststelling."));
            return fouten;
        }
        datums(startdatum, einddatum, pip.get(), termijn, fouten);
        if (!aanbieder.gecontracteerd()) {
            fouten.add(new Veldfout(
                    "aanbiederId", "aanbieder.geen.contract", "Deze aanbieder heeft geen contract met de gemeente."));
        } else if (pip.get().leerroute() == Leerroute.ONDERWIJSROUTE) {
            if (!aanbieder.taalschakelinstelling()) {
                fouten.add(new Veldfout(
                        "aanbiederId",
                        "R4.8",
                        "In de onderwijsroute moet de aanbieder een erkende taalschakelinstelling zijn."));
            }
        } else if (!aanbieder.keurmerkGeldigOpStart()) {
            fouten.add(new Veldfout(
                    "aanbiederId", "R4.8", "De aanbieder heeft op de startdatum geen geldig keurmerk (Blik op Werk)."));
        }
        return fouten;
    }

    /**
     * R4.8: registers (or, for the same provider, replaces) the aanbod, refused (400) when
     * {@link #controleer} finds faults.
     */
    public static InburgeringsaanbodGeregistreerd registreren(
            UUID inburgeraarId,
            String gemeentecode,
            UUID aanbiederId,
            LocalDate startdatum,
            LocalDate einddatum,
            Doelgroep doelgroep,
            Optional<HuidigePip> pip,
            Optional<Inburgeringstermijn> termijn,
            Aanbieder aanbieder) {
        List<Veldfout> fouten = controleer(startdatum, einddatum, doelgroep, pip, termijn, aanbieder);
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
        return new InburgeringsaanbodGeregistreerd(inburgeraarId, gemeentecode, aanbiederId, startdatum, einddatum);
    }

    private static void datums(
            LocalDate start,
            LocalDate eind,
            HuidigePip pip,
            Optional<Inburgeringstermijn> termijn,
            List<Veldfout> fouten) {
        if (start == null) {
            fouten.add(new Veldfout("startdatum", "verplicht", "Vul de startdatum in."));
        } else if (start.isBefore(pip.dagtekening())) {
            fouten.add(new Veldfout(
                    "startdatum",
                    "R4.8",
                    "De startdatum ligt vóór de dagtekening van het huidige PIP (" + pip.dagtekening() + ")."));
        }
        if (eind == null) {
            fouten.add(new Veldfout("einddatum", "verplicht", "Vul de einddatum in."));
            return;
        }
        if (start != null && eind.isBefore(start)) {
            fouten.add(new Veldfout("einddatum", "periode.ongeldig", "De einddatum ligt vóór de startdatum."));
        } else if (eind.isBefore(pip.dagtekening())) {
            fouten.add(new Veldfout(
                    "einddatum",
                    "R4.8",
                    "De einddatum ligt vóór de dagtekening van het huidige PIP (" + pip.dagtekening() + ")."));
        }
        termijn.filter(t -> !eind.isBefore(t.einddatum()))
                .ifPresent(t -> fouten.add(new Veldfout(
                        "einddatum",
                        "R4.8",
                        "De einddatum ligt niet binnen de inburgeringstermijn (die loopt tot en met " + t.laatsteDag()
                                + ").")));
    }
}
