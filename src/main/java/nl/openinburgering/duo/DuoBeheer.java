package nl.openinburgering.duo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.JsonNode;

import nl.openinburgering.duo.internal.DuoGegevens;
import nl.openinburgering.duo.internal.DuoInstellingen;
import nl.openinburgering.duo.internal.DuoRaadpleging;
import nl.openinburgering.duo.internal.DuoRaadpleging.Vraag;
import nl.openinburgering.duo.internal.HerkomstVanDuo;
import nl.openinburgering.duo.internal.NotificatieInbox;
import nl.openinburgering.duo.internal.Uitgaande;
import nl.openinburgering.inburgeraar.Inburgeraar;
import nl.openinburgering.inburgeraar.InburgeraarBeheer;
import nl.openinburgering.inburgeraar.InburgeraarFeiten;
import nl.openinburgering.inburgeraar.Persoonsgegevens;
import nl.openinburgering.platform.HuidigeGebruiker;
import nl.openinburgering.platform.Tenant;
import nl.openinburgering.platform.Verwerkingsactiviteit;
import nl.openinburgering.platform.Verwerkingslog;
import nl.openinburgering.shared.NietGevonden;

/**
 * The exchange's API for the pages: the gemeente's setting (OIN, M2M), the new inburgeringsplichtigen DUO
 * announced, the raadpleging when a file is opened, the inbox and the outbox with resend, and the worklist of the
 * DUO portal. Always within the current user's gemeente.
 */
@Service
@Transactional
public class DuoBeheer {

    private final DuoInstellingen instellingen;
    private final NotificatieInbox inbox;
    private final Uitgaande uitgaande;
    private final DuoGegevens gegevens;
    private final DuoRaadpleging duo;
    private final InburgeraarBeheer inburgeraars;
    private final Verwerkingslog verwerkingslog;
    private final Clock klok;
    private final HerkomstVanDuo herkomst;

    DuoBeheer(
            DuoInstellingen instellingen,
            NotificatieInbox inbox,
            Uitgaande uitgaande,
            DuoGegevens gegevens,
            DuoRaadpleging duo,
            InburgeraarBeheer inburgeraars,
            Verwerkingslog verwerkingslog,
            Clock klok,
            HerkomstVanDuo herkomst) {
        this.herkomst = herkomst;
        this.instellingen = instellingen;
        this.inbox = inbox;
        this.uitgaande = uitgaande;
        this.gegevens = gegevens;
        this.duo = duo;
        this.inburgeraars = inburgeraars;
        this.verwerkingslog = verwerkingslog;
        this.klok = klok;
    }

    public Optional<DuoInstelling> instelling() {
        return instellingen.van(Tenant.vereist().waarde());
    }

    /** The functioneel beheerder sets the gemeente's OIN and whether it has M2M (R10.1, R10.5). */
    public DuoInstelling stelIn(Oin oin, boolean m2m) {
        DuoInstelling instelling = new DuoInstelling(Tenant.vereist().waarde(), oin, m2m);
        instellingen
                .metOin(oin)
                .filter(andere -> !andere.gemeentecode().equals(instelling.gemeentecode()))
                .ifPresent(andere -> {
                    throw new nl.openinburgering.shared.Conflict(
                            "oin.bestaat", "Dit OIN is al van een andere gemeente.");
                });
        instellingen.sla(instelling, HuidigeGebruiker.vereist().gebruikersnaam());
        return instelling;
    }

    /** The new inburgeringsplichtigen DUO announced for whom there is no file yet, a page at a time. */
    public List<Aanmelding> aanmeldingen(int pagina, int grootte) {
        List<Aanmelding> lijst = gegevens.openAanmeldingen(pagina, grootte);
        verwerkingslog.gelezen(
                Verwerkingsactiviteit.DUO_RAADPLEGEN,
                lijst.stream()
                        .map(a -> new nl.openinburgering.shared.Bsn(a.bsn()))
                        .toList());
        return lijst;
    }

    public long aantalAanmeldingen() {
        return gegevens.aantalOpen();
    }

    /**
     * R2.8: the consulent registers an announced person with the name and date of birth from the BRP; the plicht,
     * doelgroep and the start of the 10-week term are DUO's and cannot be typed. R3.12: for SS121 (moved in with the
     * previous gemeente's PIP) that PIP and the term are taken over from DUO as the herkomst.
     */
    @SuppressWarnings("NullAway") // a missing date of birth is one of Persoonsgegevens' own Dutch field errors
    public Inburgeraar registreer(
            UUID berichtId,
            String voornamen,
            String geslachtsnaam,
            @org.jspecify.annotations.Nullable LocalDate geboortedatum) {
        Aanmelding aanmelding = gegevens.aanmelding(berichtId).orElseThrow(() -> new NietGevonden("Aanmelding"));
        Inburgeraar nieuw = inburgeraars.registreer(new Persoonsgegevens(
                aanmelding.bsn(),
                voornamen,
                geslachtsnaam,
                geboortedatum,
                aanmelding.doelgroep(),
                aanmelding.begindatumPlicht(),
                null,
                aanmelding.kennisgeving(),
                null));
        gegevens.geregistreerd(aanmelding.bsn(), nieuw.id());
        if (aanmelding.gebeurtenis() == Gebeurtenis.SS121) {
            // R3.12: moved in with the previous gemeente's PIP; when DUO cannot be reached now, the consulent can
            // still enter the herkomst by hand (the registration does not wait for DUO)
            instelling().filter(DuoInstelling::m2m).ifPresent(i -> {
                try {
                    herkomst.neemOver(i.oin(), new nl.openinburgering.shared.Bsn(aanmelding.bsn()), nieuw.id());
                } catch (DuoRaadpleging.DuoNietBereikbaar onbereikbaar) {
                    // nothing taken over; the file is registered
                }
            });
        }
        return nieuw;
    }

    /**
     * R10.3: the raadpleging when a consulent opens the DUO page of a file: plicht, doelgroep, termijn and PIP as
     * DUO knows them now, kept as DUO's facts. When DUO cannot be reached, the facts of the last raadpleging stay
     * and the answer says so.
     */
    public DuoFeiten raadpleeg(UUID inburgeraarId) {
        InburgeraarFeiten persoon = inburgeraars.feiten(inburgeraarId);
        DuoInstelling instelling = instelling().orElse(null);
        String fout = null;
        if (instelling != null && instelling.m2m()) {
            try {
                for (Vraag vraag : Vraag.values()) {
                    Optional<JsonNode> antwoord = duo.vraag(instelling.oin(), persoon.bsn(), vraag);
                    if (antwoord.isPresent()) {
                        gegevens.bewaar(
                                Tenant.vereist().waarde(),
                                inburgeraarId,
                                vraag.name(),
                                antwoord.get().toString(),
                                klok.instant());
                    } else {
                        gegevens.vergeet(inburgeraarId, vraag.name());
                    }
                }
            } catch (RuntimeException onbereikbaar) {
                fout = "DUO is nu niet bereikbaar; u ziet de gegevens van de laatste raadpleging.";
            }
        } else {
            fout = "Deze gemeente heeft geen M2M-koppeling met DUO; raadpleeg het DUO-portaal.";
        }
        verwerkingslog.gelezen(Verwerkingsactiviteit.DUO_RAADPLEGEN, List.of(persoon.bsn()));
        Map<String, DuoGegevens.Gegeven> feiten = gegevens.van(inburgeraarId);
        return new DuoFeiten(
                feiten.entrySet().stream()
                        .collect(java.util.stream.Collectors.toMap(
                                Map.Entry::getKey, e -> e.getValue().inhoud(), (a, b) -> a, java.util.TreeMap::new)),
                feiten.values().stream()
                        .map(DuoGegevens.Gegeven::opgehaaldOp)
                        .max(java.util.Comparator.naturalOrder())
                        .orElse(null),
                fout,
                inbox.vanPersoon(inburgeraarId, persoon.bsn().waarde()),
                uitgaande.vanPersoon(inburgeraarId));
    }

    public List<Notificatie> notificaties(String status, int pagina, int grootte) {
        return inbox.lijst(status.isBlank() ? null : status, pagina, grootte);
    }

    public long aantalNotificaties(String status) {
        return inbox.aantal(status.isBlank() ? null : status);
    }

    public List<UitgaandBericht> uitgaand(String kanaal, String status, int pagina, int grootte) {
        return uitgaande.lijst(kanaal.isBlank() ? null : kanaal, status.isBlank() ? null : status, pagina, grootte);
    }

    public long aantalUitgaand(String kanaal, String status) {
        return uitgaande.aantal(kanaal.isBlank() ? null : kanaal, status.isBlank() ? null : status);
    }

    /** The functioneel beheerder: process a waiting notification now. */
    public void verwerkOpnieuw(UUID berichtId) {
        if (!inbox.opnieuw(berichtId)) {
            throw new NietGevonden("Notificatie");
        }
    }

    /** The functioneel beheerder: send a waiting or refused message again, with its own berichtId. */
    public void verzendOpnieuw(UUID id) {
        if (!uitgaande.opnieuw(id)) {
            throw new NietGevonden("Bericht");
        }
    }

    /** R10.5: the consulent registered this melding in the DUO portal by hand. */
    public void geregistreerdInPortaal(UUID id) {
        if (!uitgaande.inPortaal(id, HuidigeGebruiker.vereist().gebruikersnaam())) {
            throw new NietGevonden("Bericht");
        }
    }

    /** The messages DUO refused, for the consulent's worklist (with DUO's reason in Dutch). */
    public List<UitgaandBericht> geweigerd() {
        return uitgaande.geweigerd(null);
    }

    /** R10.3: the refusals of this person still open (the worklist signal's source), oldest first. */
    @Transactional(readOnly = true)
    public List<UitgaandBericht> openWeigeringen(UUID inburgeraarId) {
        return uitgaande.geweigerd(List.of(inburgeraarId));
    }

    /**
     * R10.3: the consulent marks DUO's refusal of a melding as handled; the worklist signal goes. A melding of
     * another person or gemeente is not found.
     */
    public void weigeringAfgehandeld(UUID inburgeraarId, UUID meldingId) {
        InburgeraarFeiten persoon = inburgeraars.feiten(inburgeraarId);
        if (!uitgaande.weigeringAfgehandeld(
                inburgeraarId, meldingId, HuidigeGebruiker.vereist().gebruikersnaam())) {
            throw new NietGevonden("Geweigerde melding");
        }
        verwerkingslog.vastleggen(
                Verwerkingsactiviteit.DUO_MELDEN,
                Verwerkingsactiviteit.Handeling.WIJZIGEN,
                List.of(persoon.bsn()),
                Verwerkingsactiviteit.Uitkomst.GELUKT);
    }
}
