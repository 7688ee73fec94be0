package nl.openinburgering.duo.internal;

import java.time.Clock;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import nl.openinburgering.duo.Digikoppeling;
import nl.openinburgering.duo.DuoInstelling;
import nl.openinburgering.duo.Oin;
import nl.openinburgering.platform.Tenant;
import nl.openinburgering.shared.Gemeentecode;

/**
 * Delivers the outbox (R10.3, ADR 0011): one message at a time, locked ({@code for update skip locked}) so two
 * workers never send the same one, always with the berichtId it got in the deciding transaction. 2xx: sent. 4xx:
 * DUO refused it; its {@code Foutmelding}s (Dutch {@code fouttekst}) are kept and the consulent's worklist shows
 * them. 5xx, 503, a timeout or no connection: tried again later with exponential backoff, without limit, so
 * nothing is lost. A message that does not conform to DUO's specification is never sent.
 */
@Component
public class Bezorger {

    private static final Logger LOG = LoggerFactory.getLogger(Bezorger.class);

    private final Uitgaande uitgaande;
    private final DuoInstellingen instellingen;
    private final DuoClient client;
    private final DuoEigenschappen eigenschappen;
    private final TransactionTemplate transactie;
    private final Clock klok;

    Bezorger(
            Uitgaande uitgaande,
            DuoInstellingen instellingen,
            DuoClient client,
            DuoEigenschappen eigenschappen,
            TransactionTemplate transactie,
            Clock klok) {
        this.uitgaande = uitgaande;
        this.instellingen = instellingen;
        this.client = client;
        this.eigenschappen = eigenschappen;
        this.transactie = transactie;
        this.klok = klok;
    }

    @Scheduled(
            fixedDelayString = "${openinburgering.duo.interval:2s}",
            initialDelayString = "${openinburgering.duo.interval:2s}")
    public void bezorg() {
        for (String gemeente : instellingen.gemeenten()) {
            instellingen.van(gemeente).filter(DuoInstelling::m2m).ifPresent(this::bezorg);
        }
    }

    /** Delivers the due messages of one gemeente; returns how many attempts were made. */
    public int bezorg(DuoInstelling instelling) {
        return Tenant.alsGemeente(new Gemeentecode(instelling.gemeentecode()), () -> {
            int pogingen = 0;
            while (Boolean.TRUE.equals(transactie.execute(status -> probeer(instelling)))) {
                pogingen++;
            }
            return pogingen;
        });
    }

    private boolean probeer(DuoInstelling instelling) {
        Optional<Uitgaande.TeVerzenden> volgende = uitgaande.volgende();
        if (volgende.isEmpty()) {
            return false;
        }
        var bericht = volgende.get().bericht();
        Digikoppeling kop = new Digikoppeling(instelling.oin(), new Oin(eigenschappen.oin()), bericht.berichtId());
        try {
            DuoClient.Antwoord antwoord =
                    client.stuur(kop, volgende.get().api(), bericht.methode(), bericht.pad(), bericht.inhoud());
            if (antwoord.gelukt()) {
                uitgaande.verzonden(bericht.id());
            } else if (antwoord.geweigerd()) {
                uitgaande.geweigerd(bericht.id(), weigering(antwoord));
            } else {
                later(bericht.id(), bericht.pogingen(), "DUO antwoordde met status " + antwoord.status());
            }
        } catch (DuoClient.BerichtVoldoetNiet fout) {
            uitgaande.geweigerd(bericht.id(), String.valueOf(fout.getMessage()));
        } catch (RuntimeException netwerk) {
            later(
                    bericht.id(),
                    bericht.pogingen(),
                    "DUO is niet bereikbaar (" + netwerk.getClass().getSimpleName() + ")");
        }
        return true;
    }

    private void later(java.util.UUID id, int pogingen, String reden) {
        LOG.info("Bericht {} aan DUO wacht: {}", id, reden);
        uitgaande.later(id, reden, klok.instant().plus(eigenschappen.wachttijd(pogingen + 1)));
    }

    /** DUO's reason in Dutch, from its status and its {@code Foutmelding}s ({@link Weigering}). */
    static String weigering(DuoClient.Antwoord antwoord) {
        return Weigering.reden(antwoord.status(), antwoord.inhoud());
    }
}
