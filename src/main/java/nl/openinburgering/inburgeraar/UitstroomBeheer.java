package nl.openinburgering.inburgeraar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.openinburgering.inburgeraar.internal.UitstroomOpslag;
import nl.openinburgering.platform.Gebruiker;
import nl.openinburgering.platform.HuidigeGebruiker;
import nl.openinburgering.platform.Rol;
import nl.openinburgering.platform.Tenant;
import nl.openinburgering.platform.Verwerkingsactiviteit;
import nl.openinburgering.platform.Verwerkingsactiviteit.Handeling;
import nl.openinburgering.platform.Verwerkingsactiviteit.Uitkomst;
import nl.openinburgering.platform.Verwerkingslog;
import nl.openinburgering.shared.NietGevonden;
import nl.openinburgering.shared.NietToegestaan;
import nl.openinburgering.shared.Vandaag;

/**
 * D10: the outflow of a person to work or study, recorded in the person's file by the consulent (the
 * teamleider may read it). The half-year report to the raad counts these rows; it never reads them one by one.
 * Every read and change is logged; another gemeente's person is not found.
 */
@Service
@Transactional
public class UitstroomBeheer {

    private final InburgeraarBeheer inburgeraars;
    private final UitstroomOpslag opslag;
    private final Verwerkingslog verwerkingslog;
    private final Clock klok;

    UitstroomBeheer(InburgeraarBeheer inburgeraars, UitstroomOpslag opslag, Verwerkingslog verwerkingslog, Clock klok) {
        this.inburgeraars = inburgeraars;
        this.opslag = opslag;
        this.verwerkingslog = verwerkingslog;
        this.klok = klok;
    }

    /** The person's outflows, newest first (a logged read). */
    public List<Uitstroom> vanPersoon(UUID inburgeraarId) {
        InburgeraarFeiten persoon = inburgeraars.feiten(inburgeraarId);
        List<Uitstroom> lijst = opslag.vanPersoon(Tenant.vereist().waarde(), inburgeraarId);
        verwerkingslog.gelezen(Verwerkingsactiviteit.UITSTROOM_RAADPLEGEN, List.of(persoon.bsn()));
        return lijst;
    }

    /** D10: records an outflow (see {@link Uitstroom#nieuw} for the checks); the consulent only. */
    public Uitstroom legVast(
            UUID inburgeraarId,
            @Nullable Uitstroomsoort soort,
            @Nullable LocalDate datum,
            @Nullable String toelichting) {
        Gebruiker consulent = vereisConsulent();
        InburgeraarFeiten persoon = inburgeraars.feiten(inburgeraarId);
        Uitstroom uitstroom = Uitstroom.nieuw(persoon, soort, datum, toelichting, Vandaag.datum(klok));
        opslag.bewaar(Tenant.vereist().waarde(), uitstroom, consulent.gebruikersnaam());
        verwerkingslog.vastleggen(
                Verwerkingsactiviteit.UITSTROOM_VASTLEGGEN,
                Handeling.AANMAKEN,
                List.of(persoon.bsn()),
                Uitkomst.GELUKT);
        return uitstroom;
    }

    /** Removes an outflow recorded by mistake; the consulent only. An unknown id is not found. */
    public void verwijder(UUID inburgeraarId, UUID uitstroomId) {
        vereisConsulent();
        InburgeraarFeiten persoon = inburgeraars.feiten(inburgeraarId);
        if (!opslag.verwijder(Tenant.vereist().waarde(), inburgeraarId, uitstroomId)) {
            throw new NietGevonden("Uitstroom");
        }
        verwerkingslog.vastleggen(
                Verwerkingsactiviteit.UITSTROOM_VASTLEGGEN,
                Handeling.VERWIJDEREN,
                List.of(persoon.bsn()),
                Uitkomst.GELUKT);
    }

    private static Gebruiker vereisConsulent() {
        Gebruiker gebruiker = HuidigeGebruiker.vereist();
        if (gebruiker.rol() != Rol.CONSULENT) {
            throw new NietToegestaan("Alleen de consulent legt uitstroom vast.");
        }
        return gebruiker;
    }
}
