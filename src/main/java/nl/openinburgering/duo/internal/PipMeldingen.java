package nl.openinburgering.duo.internal;

import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import nl.openinburgering.duo.DuoInstelling;
import nl.openinburgering.duo.PipMelding;
import nl.openinburgering.inburgeraar.InburgeraarBeheer;
import nl.openinburgering.inburgeraar.InburgeraarFeiten;
import nl.openinburgering.pip.Pip;
import nl.openinburgering.pip.PipBeheer;
import nl.openinburgering.pip.PipVastgesteld;
import nl.openinburgering.platform.Verwerkingsactiviteit;
import nl.openinburgering.platform.Verwerkingsactiviteit.Handeling;
import nl.openinburgering.platform.Verwerkingsactiviteit.Uitkomst;
import nl.openinburgering.platform.Verwerkingslog;

/**
 * R10.3, R3.3: a fixed PIP goes to DUO. A plain (synchronous) listener, so the outbox row is written in the very
 * transaction that fixed the PIP: both are committed, or neither (ADR 0011). With an M2M connection the
 * {@link Bezorger} delivers it; without one it is a line of the worklist "registreren in het DUO-portaal" with
 * the values to type (R10.5). DUO's README checks are applied first ({@link PipMelding#gecontroleerd}).
 */
@Component
class PipMeldingen {

    private final PipBeheer pips;
    private final InburgeraarBeheer inburgeraars;
    private final DuoInstellingen instellingen;
    private final Uitgaande uitgaande;
    private final Verwerkingslog verwerkingslog;

    PipMeldingen(
            PipBeheer pips,
            InburgeraarBeheer inburgeraars,
            DuoInstellingen instellingen,
            Uitgaande uitgaande,
            Verwerkingslog verwerkingslog) {
        this.pips = pips;
        this.inburgeraars = inburgeraars;
        this.instellingen = instellingen;
        this.uitgaande = uitgaande;
        this.verwerkingslog = verwerkingslog;
    }

    @EventListener
    void pipVastgesteld(PipVastgesteld vastgesteld) {
        Pip pip = pips.huidigeVastgesteld(vastgesteld.inburgeraarId())
                .filter(p -> p.id().equals(vastgesteld.pipId()))
                .orElseThrow(() -> new IllegalStateException("Het vastgestelde PIP is niet gevonden"));
        InburgeraarFeiten persoon = inburgeraars.feiten(vastgesteld.inburgeraarId());
        PipMelding melding = PipMelding.gecontroleerd(
                vastgesteld.dagtekening(),
                pip.leerroute(),
                pip.niveau(),
                pip.geschatteIntensiteitB1Route(),
                pip.indicatieMagOpleidingAfmaken(),
                pip.alfabetisering(),
                persoon.doelgroep(),
                persoon.datumStartInburgeringsplicht(),
                vastgesteld.eerste());
        boolean m2m = instellingen
                .van(vastgesteld.gemeente().waarde())
                .map(DuoInstelling::m2m)
                .orElse(false);
        uitgaande.schrijf(
                vastgesteld.gemeente().waarde(),
                vastgesteld.inburgeraarId(),
                "PIP",
                "PIP",
                "POST",
                "/personen/" + persoon.bsn().waarde() + "/PIP",
                melding.json(),
                m2m ? "M2M" : "PORTAAL");
        verwerkingslog.vastleggen(
                Verwerkingsactiviteit.DUO_MELDEN, Handeling.AANMAKEN, List.of(persoon.bsn()), Uitkomst.GELUKT);
    }
}
