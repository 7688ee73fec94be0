package nl.openinburgering.portaal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.openinburgering.inburgeraar.InburgeraarBeheer;
import nl.openinburgering.platform.HuidigeGebruiker;
import nl.openinburgering.platform.Rol;
import nl.openinburgering.platform.Tenant;
import nl.openinburgering.platform.Verwerkingsactiviteit;
import nl.openinburgering.platform.Verwerkingsactiviteit.Handeling;
import nl.openinburgering.platform.Verwerkingsactiviteit.Uitkomst;
import nl.openinburgering.platform.Verwerkingslog;
import nl.openinburgering.portaal.internal.PortaalOpslag;
import nl.openinburgering.shared.NietGevonden;
import nl.openinburgering.shared.NietToegestaan;

/**
 * The gemeente's side of the portal, in the person's file: the messages and the uploaded documents, the
 * consulent's answer (which e-mails the person that something new is waiting) and marking messages handled
 * (which ends the worklist signal). A person of another gemeente is not found.
 */
@Service
@Transactional
public class PortaalBerichten {

    private static final java.time.ZoneId NEDERLAND = java.time.ZoneId.of("Europe/Amsterdam");

    private final PortaalOpslag opslag;
    private final InburgeraarBeheer inburgeraars;
    private final Verwerkingslog verwerkingslog;
    private final ApplicationEventPublisher gebeurtenissen;
    private final Clock klok;

    PortaalBerichten(
            PortaalOpslag opslag,
            InburgeraarBeheer inburgeraars,
            Verwerkingslog verwerkingslog,
            ApplicationEventPublisher gebeurtenissen,
            Clock klok) {
        this.opslag = opslag;
        this.inburgeraars = inburgeraars;
        this.verwerkingslog = verwerkingslog;
        this.gebeurtenissen = gebeurtenissen;
        this.klok = klok;
    }

    public List<Bericht> berichten(UUID inburgeraarId) {
        log(inburgeraarId, Handeling.LEZEN);
        return opslag.berichten(Tenant.vereist().waarde(), inburgeraarId);
    }

    public List<Portaaldocument> documenten(UUID inburgeraarId) {
        log(inburgeraarId, Handeling.LEZEN);
        return opslag.documenten(Tenant.vereist().waarde(), inburgeraarId);
    }

    public byte[] document(UUID inburgeraarId, UUID documentId) {
        log(inburgeraarId, Handeling.LEZEN);
        return opslag.inhoud(Tenant.vereist().waarde(), inburgeraarId, documentId)
                .orElseThrow(() -> new NietGevonden("Document"));
    }

    /** The consulent's answer: handles the open messages and tells the person by e-mail that there is news. */
    public Bericht beantwoord(UUID inburgeraarId, String onderwerp, String tekst) {
        String consulent = consulent();
        log(inburgeraarId, Handeling.AANMAKEN);
        Bericht antwoord = Bericht.schrijf(
                Tenant.vereist(), inburgeraarId, Richting.VAN_GEMEENTE, onderwerp, tekst, consulent, klok.instant());
        opslag.bewaar(antwoord);
        opslag.handelAf(Tenant.vereist().waarde(), inburgeraarId, consulent, klok.instant());
        gebeurtenissen.publishEvent(antwoord.verzonden());
        return antwoord;
    }

    /**
     * The consulent plans a conversation with the person (intake, voortgangsgesprek, other); the person sees it
     * on {@code /mijn}, can confirm it or ask to move it, and gets the e-mail "there is something new".
     */
    public Gesprek planGesprek(
            UUID inburgeraarId,
            Gesprek.@Nullable Soort soort,
            @Nullable LocalDateTime moment,
            String plaats,
            String notitie) {
        String consulent = consulent();
        log(inburgeraarId, Handeling.AANMAKEN);
        Gesprek gesprek = Gesprek.plan(
                Tenant.vereist(),
                inburgeraarId,
                soort,
                moment,
                plaats,
                notitie,
                consulent,
                LocalDateTime.now(klok.withZone(NEDERLAND)),
                klok.instant());
        opslag.bewaar(gesprek);
        gebeurtenissen.publishEvent(gesprek.gepland());
        return gesprek;
    }

    /** The person's planned conversations from today on, for the file's page. */
    public List<Gesprek> gesprekken(UUID inburgeraarId) {
        log(inburgeraarId, Handeling.LEZEN);
        return opslag.gesprekken(
                Tenant.vereist().waarde(),
                inburgeraarId,
                LocalDateTime.now(klok.withZone(NEDERLAND)).toLocalDate().atStartOfDay());
    }

    /** Marks the person's open messages handled without an answer (a phone call did it); returns how many. */
    public int handelAf(UUID inburgeraarId) {
        String consulent = consulent();
        log(inburgeraarId, Handeling.WIJZIGEN);
        return opslag.handelAf(Tenant.vereist().waarde(), inburgeraarId, consulent, klok.instant());
    }

    private static String consulent() {
        var gebruiker = HuidigeGebruiker.vereist();
        if (gebruiker.rol() != Rol.CONSULENT) {
            throw new NietToegestaan("Alleen een consulent beantwoordt berichten.");
        }
        return gebruiker.gebruikersnaam();
    }

    private void log(UUID inburgeraarId, Handeling handeling) {
        verwerkingslog.vastleggen(
                Verwerkingsactiviteit.PORTAAL_BERICHT,
                handeling,
                List.of(inburgeraars.feiten(inburgeraarId).bsn()),
                Uitkomst.GELUKT);
    }
}
