package nl.openinburgering.portaal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.openinburgering.inburgeraar.InburgeraarBeheer;
import nl.openinburgering.inburgeraar.Termijnfeiten;
import nl.openinburgering.platform.HuidigeGebruiker;
import nl.openinburgering.platform.Rol;
import nl.openinburgering.platform.Tenant;
import nl.openinburgering.platform.Verwerkingsactiviteit;
import nl.openinburgering.platform.Verwerkingsactiviteit.Handeling;
import nl.openinburgering.platform.Verwerkingsactiviteit.Uitkomst;
import nl.openinburgering.platform.Verwerkingslog;
import nl.openinburgering.portaal.internal.PortaalAccount;
import nl.openinburgering.portaal.internal.PortaalOpslag;
import nl.openinburgering.shared.NietGevonden;
import nl.openinburgering.shared.NietToegestaan;
import nl.openinburgering.shared.OngeldigeInvoer;
import nl.openinburgering.shared.Veldfout;

/**
 * The person's side of the portal. Every method works on the file of the logged-in inburgeraar only: the
 * person comes from the account ({@link PortaalAccount}), never from the request, so another person's file
 * cannot be asked for. Any other role is refused; every read and write is in the processing log.
 */
@Service
@Transactional
public class PortaalBeheer {

    private final PortaalAccount account;
    private final PortaalOpslag opslag;
    private final PortaalLezer lezer;
    private final InburgeraarBeheer inburgeraars;
    private final Verwerkingslog verwerkingslog;
    private final Virusscanner virusscanner;
    private final ApplicationEventPublisher gebeurtenissen;
    private final Clock klok;

    PortaalBeheer(
            PortaalAccount account,
            PortaalOpslag opslag,
            PortaalLezer lezer,
            InburgeraarBeheer inburgeraars,
            Verwerkingslog verwerkingslog,
            Virusscanner virusscanner,
            ApplicationEventPublisher gebeurtenissen,
            Clock klok) {
        this.account = account;
        this.opslag = opslag;
        this.lezer = lezer;
        this.inburgeraars = inburgeraars;
        this.verwerkingslog = verwerkingslog;
        this.virusscanner = virusscanner;
        this.gebeurtenissen = gebeurtenissen;
        this.klok = klok;
    }

    /**
     * The id of the logged-in inburgeraar's own file. Another role is refused (403), an account without a
     * linked person is "not found" (404).
     */
    public UUID eigenDossier() {
        if (HuidigeGebruiker.vereist().rol() != Rol.INBURGERAAR) {
            throw new NietToegestaan("Het portaal is alleen voor de inburgeraar zelf.");
        }
        return account.persoon().orElseThrow(() -> new NietGevonden("Dossier"));
    }

    /** Everything of the start page; one processing-log line. */
    public MijnOverzicht overzicht() {
        UUID id = eigenDossier();
        MijnOverzicht overzicht = lezer.overzicht(id, account.gebruikersnaam());
        log(id, Verwerkingsactiviteit.PORTAAL_RAADPLEGEN, Handeling.LEZEN);
        return overzicht;
    }

    /** A message to the consulent; it is open in the consulent's worklist until answered or handled. */
    public Bericht stuurBericht(String onderwerp, String tekst) {
        UUID id = eigenDossier();
        Bericht bericht = Bericht.schrijf(
                Tenant.vereist(),
                id,
                Richting.VAN_INBURGERAAR,
                onderwerp,
                tekst,
                account.gebruikersnaam(),
                klok.instant());
        opslag.bewaar(bericht);
        log(id, Verwerkingsactiviteit.PORTAAL_BERICHT, Handeling.AANMAKEN);
        gebeurtenissen.publishEvent(bericht.verzonden());
        return bericht;
    }

    /**
     * An upload: checked for type and size ({@link Portaaldocument#ontvang}) and by the virus scanner before
     * anything is stored; a refused file leaves nothing behind.
     */
    public Portaaldocument upload(String bestandsnaam, byte[] inhoud, String omschrijving) {
        UUID id = eigenDossier();
        Portaaldocument document =
                Portaaldocument.ontvang(Tenant.vereist(), id, bestandsnaam, inhoud, omschrijving, klok.instant());
        if (!virusscanner.schoon(document.bestandsnaam(), inhoud)) {
            throw new OngeldigeInvoer(
                    new Veldfout("bestand", "document.virus", "Dit bestand is niet veilig. Het is niet opgeslagen."));
        }
        opslag.bewaar(document, inhoud);
        log(id, Verwerkingsactiviteit.PORTAAL_DOCUMENT, Handeling.AANMAKEN);
        return document;
    }

    /** One of the person's own uploads, for download; another person's document does not exist (404). */
    public byte[] document(UUID documentId) {
        UUID id = eigenDossier();
        byte[] inhoud = opslag.inhoud(Tenant.vereist().waarde(), id, documentId)
                .orElseThrow(() -> new NietGevonden("Document"));
        log(id, Verwerkingsactiviteit.PORTAAL_DOCUMENT, Handeling.LEZEN);
        return inhoud;
    }

    /**
     * Confirms an appointment or asks to move it. Only an appointment of the person's own list can be
     * answered; asking to move it needs a reason, and also sends it as a message to the consulent.
     */
    public void reageer(String afspraak, Afspraakreactie reactie, String toelichting) {
        UUID id = eigenDossier();
        Afspraak gevonden = lezer.afspraken(id).stream()
                .filter(a -> a.sleutel().equals(afspraak))
                .findFirst()
                .orElseThrow(() -> new NietGevonden("Afspraak"));
        String reden = toelichting.strip();
        if (reactie == Afspraakreactie.VERPLAATSEN && reden.isEmpty()) {
            throw new OngeldigeInvoer(
                    new Veldfout("toelichting", "verplicht", "Schrijf waarom u niet kunt en wanneer u wel kunt."));
        }
        opslag.reageer(Tenant.vereist().waarde(), id, afspraak, reactie, reden, klok.instant());
        log(id, Verwerkingsactiviteit.PORTAAL_AFSPRAAK, Handeling.WIJZIGEN);
        if (reactie == Afspraakreactie.VERPLAATSEN) {
            stuurBericht("Afspraak verplaatsen: " + gevonden.datum() + " " + gevonden.onderwerp(), reden);
        }
    }

    /**
     * A letter of the person's own file is opened: the person's id for the letter's module, and one portal line in
     * the processing log (the letter's module logs its own read as well).
     */
    public UUID briefOpenen() {
        UUID id = eigenDossier();
        log(id, Verwerkingsactiviteit.PORTAAL_DOCUMENT, Handeling.LEZEN);
        return id;
    }

    /** The person's own e-mail address for notifications; empty removes it. */
    public void wijzigEmail(String email) {
        UUID id = eigenDossier();
        String adres = email.strip();
        if (!adres.isEmpty() && !adres.matches("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$")) {
            throw new OngeldigeInvoer(
                    new Veldfout("email", "email.ongeldig", "Dit e-mailadres klopt niet. Kijk het na."));
        }
        opslag.wijzigEmail(
                Tenant.vereist().waarde(),
                account.gebruikersnaam(),
                Optional.of(adres).filter(a -> !a.isEmpty()));
        log(id, Verwerkingsactiviteit.PORTAAL_RAADPLEGEN, Handeling.WIJZIGEN);
    }

    /** AVG art. 15: the person's own data and the processing of them, from the processing log. */
    public Inzage inzage() {
        UUID id = eigenDossier();
        Termijnfeiten feiten = inburgeraars.termijnfeiten(List.of(id)).getFirst();
        log(id, Verwerkingsactiviteit.PORTAAL_INZAGE, Handeling.LEZEN);
        String bsn = feiten.bsn().waarde();
        String gemeente = Tenant.vereist().waarde();
        return new Inzage(
                feiten.volledigeNaam(),
                feiten.geboortedatum().toString(),
                "******" + bsn.substring(bsn.length() - 3),
                verwerkingslog.vanBetrokkene(feiten.bsn(), Inzage.MAXIMUM_REGELS),
                opslag.berichten(gemeente, id).size(),
                opslag.documenten(gemeente, id).size());
    }

    /**
     * Links a login account to one person of the current gemeente: for the demo accounts and tests (work without
     * a user, as the gemeente, {@link Tenant#alsGemeente}). A signed-in user is refused: in productie the link
     * is made only from the BSN in the DigiD token.
     */
    public void koppelAccount(String gebruikersnaam, UUID inburgeraarId, Optional<String> email) {
        if (HuidigeGebruiker.huidige().isPresent()) {
            throw new IllegalStateException("Alleen voor de demogegevens en tests, zonder ingelogde gebruiker");
        }
        inburgeraars.feiten(inburgeraarId);
        opslag.koppel(Tenant.vereist().waarde(), gebruikersnaam, inburgeraarId, email);
    }

    private void log(UUID id, Verwerkingsactiviteit activiteit, Handeling handeling) {
        verwerkingslog.vastleggen(
                activiteit, handeling, List.of(inburgeraars.feiten(id).bsn()), Uitkomst.GELUKT);
    }
}
