package nl.openinburgering.duo.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;

import nl.openinburgering.duo.DuoInstelling;
import nl.openinburgering.duo.Gebeurtenis;
import nl.openinburgering.duo.internal.DuoRaadpleging.Vraag;
import nl.openinburgering.inburgeraar.Doelgroep;
import nl.openinburgering.inburgeraar.InburgeraarBeheer;
import nl.openinburgering.platform.Tenant;
import nl.openinburgering.platform.Verwerkingsactiviteit;
import nl.openinburgering.platform.Verwerkingsactiviteit.Handeling;
import nl.openinburgering.platform.Verwerkingsactiviteit.Uitkomst;
import nl.openinburgering.platform.Verwerkingslog;
import nl.openinburgering.shared.Bsn;
import nl.openinburgering.shared.Gemeentecode;

/**
 * Works off the inbox (R10.3, R2.8): each due notification in a transaction of its own, as its gemeente. What
 * fails (DUO unreachable, no file for a fact about a person) waits with its reason and is tried again with
 * backoff; the functioneel beheerder sees it on {@code /beheer/duo}. Processing is idempotent, so a notification
 * processed again after a crash changes nothing twice.
 */
@Component
public class NotificatieVerwerker {

    private static final Logger LOG = LoggerFactory.getLogger(NotificatieVerwerker.class);
    static final String KOPPELING = "DUO-koppeling";

    private final NotificatieInbox inbox;
    private final DuoInstellingen instellingen;
    private final DuoRaadpleging duo;
    private final DuoGegevens gegevens;
    private final InburgeraarBeheer inburgeraars;
    private final Verwerkingslog verwerkingslog;
    private final TransactionTemplate transactie;
    private final DuoEigenschappen eigenschappen;
    private final Clock klok;
    private final HerkomstVanDuo herkomst;

    NotificatieVerwerker(
            NotificatieInbox inbox,
            DuoInstellingen instellingen,
            DuoRaadpleging duo,
            DuoGegevens gegevens,
            InburgeraarBeheer inburgeraars,
            Verwerkingslog verwerkingslog,
            TransactionTemplate transactie,
            DuoEigenschappen eigenschappen,
            Clock klok,
            HerkomstVanDuo herkomst) {
        this.herkomst = herkomst;
        this.inbox = inbox;
        this.instellingen = instellingen;
        this.duo = duo;
        this.gegevens = gegevens;
        this.inburgeraars = inburgeraars;
        this.verwerkingslog = verwerkingslog;
        this.transactie = transactie;
        this.eigenschappen = eigenschappen;
        this.klok = klok;
    }

    @Scheduled(
            fixedDelayString = "${openinburgering.duo.interval:2s}",
            initialDelayString = "${openinburgering.duo.interval:2s}")
    public void werkAf() {
        for (String gemeente : instellingen.gemeenten()) {
            instellingen.van(gemeente).ifPresent(this::werkAf);
        }
    }

    /** Works off the due notifications of one gemeente; returns how many were processed. */
    public int werkAf(DuoInstelling instelling) {
        Gemeentecode gemeente = new Gemeentecode(instelling.gemeentecode());
        return Tenant.alsGemeente(gemeente, () -> {
            int verwerkt = 0;
            while (true) {
                Integer gedaan = transactie.execute(status -> {
                    List<NotificatieInbox.TeDoen> volgende = inbox.teDoen(1);
                    if (volgende.isEmpty()) {
                        return 0;
                    }
                    NotificatieInbox.TeDoen notificatie = volgende.getFirst();
                    Object bewaarpunt = status.createSavepoint();
                    try {
                        inbox.verwerkt(notificatie.berichtId(), verwerk(instelling, notificatie));
                        return 1;
                    } catch (RuntimeException fout) {
                        status.rollbackToSavepoint(bewaarpunt);
                        String reden =
                                fout.getMessage() == null ? fout.getClass().getSimpleName() : fout.getMessage();
                        LOG.info("Notificatie {} wacht: {}", notificatie.berichtId(), reden);
                        inbox.mislukt(
                                notificatie.berichtId(),
                                reden,
                                klok.instant().plus(eigenschappen.wachttijd(notificatie.pogingen() + 1)));
                        return 2;
                    }
                });
                if (gedaan == null || gedaan == 0) {
                    return verwerkt;
                }
                verwerkt++;
            }
        });
    }

    private @Nullable UUID verwerk(DuoInstelling instelling, NotificatieInbox.TeDoen notificatie) {
        Optional<Gebeurtenis> gebeurtenis = Gebeurtenis.van(notificatie.gebeurtenis());
        if (gebeurtenis.isEmpty() || notificatie.bsn() == null) {
            // An event this system does not know, or without a BSN: kept in the inbox for the record only.
            return null;
        }
        Bsn bsn = Bsn.van(notificatie.bsn());
        Optional<UUID> dossier = inburgeraars.actiefDossier(bsn);
        return switch (gebeurtenis.get().verwerking()) {
            case NIEUWE_INBURGERAAR -> nieuweInburgeraar(instelling, notificatie, gebeurtenis.get(), bsn, dossier);
            case DOELGROEP -> feit(instelling, bsn, dossier, Vraag.DOELGROEP);
            case INBURGERINGSPLICHT -> feit(instelling, bsn, dossier, Vraag.INBURGERINGSPLICHT);
            case TERMIJN -> feit(instelling, bsn, dossier, Vraag.INBURGERINGSTERMIJN);
            case ALLEEN_MELDEN -> dossier.orElse(null);
        };
    }

    /**
     * R2.8, R10.3: SS101/SS128/SS139/SS129/SS120/SS121. The plicht and the doelgroep are asked of DUO; a file of
     * this BSN is completed (SS139 starts its 10-week term on DUO's date of the kennisgeving; SS121 takes the
     * previous gemeente's PIP and term over as the herkomst, R3.12, {@link HerkomstVanDuo}), otherwise DUO's facts
     * wait for the consulent, who adds the name and date of birth from the BRP (DUO does not give them).
     */
    private @Nullable UUID nieuweInburgeraar(
            DuoInstelling instelling,
            NotificatieInbox.TeDoen notificatie,
            Gebeurtenis gebeurtenis,
            Bsn bsn,
            Optional<UUID> dossier) {
        JsonNode plicht = duo.vraag(instelling.oin(), bsn, Vraag.INBURGERINGSPLICHT)
                .orElseThrow(() ->
                        new DuoRaadpleging.DuoNietBereikbaar("DUO kent de inburgeringsplicht van deze persoon niet"));
        Optional<JsonNode> doelgroep = duo.vraag(instelling.oin(), bsn, Vraag.DOELGROEP);
        log(bsn, Handeling.LEZEN);
        LocalDate kennisgeving = datum(plicht, "datumKennisgevingInburgeringsplicht")
                .orElse(LocalDate.ofInstant(notificatie.registratie(), nl.openinburgering.shared.Vandaag.NEDERLAND));
        if (dossier.isPresent()) {
            bewaar(dossier.get(), Vraag.INBURGERINGSPLICHT, plicht);
            doelgroep.ifPresent(d -> bewaar(dossier.get(), Vraag.DOELGROEP, d));
            if (gebeurtenis == Gebeurtenis.SS139) {
                inburgeraars.termijnVaststellingPipGestartDoorDuo(dossier.get(), kennisgeving, gebeurtenis.name());
            }
            if (gebeurtenis == Gebeurtenis.SS121) {
                // R3.12: moved in with the previous gemeente's PIP: its leerroute and the term come from DUO
                herkomst.neemOver(instelling.oin(), bsn, dossier.get());
            }
            return dossier.get();
        }
        LocalDate begindatum = datum(plicht, "begindatum")
                .orElseThrow(() ->
                        new DuoRaadpleging.DuoNietBereikbaar("DUO gaf geen begindatum van de inburgeringsplicht"));
        Doelgroep groep =
                doelgroep.map(d -> d.path("indeling").asString("")).orElse("").equals("Asielstatushouder")
                        ? Doelgroep.ASIELSTATUSHOUDER
                        : Doelgroep.GEZINSMIGRANT_OF_OVERIGE_MIGRANT;
        gegevens.meldAan(
                notificatie.berichtId(),
                instelling.gemeentecode(),
                bsn.waarde(),
                gebeurtenis,
                groep,
                begindatum,
                gebeurtenis == Gebeurtenis.SS139 ? kennisgeving : null);
        log(bsn, Handeling.AANMAKEN);
        return null;
    }

    /** A fact about a person with a file: fetched and kept as DUO's; without a file it waits (visible). */
    private UUID feit(DuoInstelling instelling, Bsn bsn, Optional<UUID> dossier, Vraag vraag) {
        UUID id = dossier.orElseThrow(() -> new GeenDossier());
        Optional<JsonNode> antwoord = duo.vraag(instelling.oin(), bsn, vraag);
        log(bsn, Handeling.LEZEN);
        antwoord.ifPresentOrElse(json -> bewaar(id, vraag, json), () -> gegevens.vergeet(id, vraag.name()));
        return id;
    }

    private void bewaar(UUID inburgeraarId, Vraag vraag, JsonNode json) {
        gegevens.bewaar(Tenant.vereist().waarde(), inburgeraarId, vraag.name(), json.toString(), klok.instant());
    }

    private void log(Bsn bsn, Handeling handeling) {
        verwerkingslog.vastleggenAlsKoppeling(
                KOPPELING, Verwerkingsactiviteit.DUO_NOTIFICATIE_VERWERKEN, handeling, List.of(bsn), Uitkomst.GELUKT);
    }

    static Optional<LocalDate> datum(JsonNode json, String veld) {
        JsonNode waarde = json.get(veld);
        return waarde == null || waarde.isNull() ? Optional.empty() : Optional.of(LocalDate.parse(waarde.asString()));
    }

    /** A notification about a person of whom the gemeente has no file (yet). */
    static final class GeenDossier extends RuntimeException {
        GeenDossier() {
            super("Er is (nog) geen dossier met dit BSN in deze gemeente");
        }
    }
}
