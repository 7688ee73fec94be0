package nl.openinburgering.inburgeraar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import nl.openinburgering.shared.Bsn;
import nl.openinburgering.shared.OngeldigeInvoer;
import nl.openinburgering.shared.Vandaag;
import nl.openinburgering.shared.Veldfout;

/**
 * What a consulent registers about a person. Validates itself and reports every problem at once, each with
 * its field and a Dutch reason. The BSN arrives as text so that a bad number is one of those problems.
 *
 * @param datumStartTermijnVaststellingLeerroute the start of the 10-week term (DUO event SS139); defaults to
 *                                               {@code datumVestigingGemeente} when absent
 * @param adres the residential address (optional; BRP data, typed by the consulent until the BRP link exists)
 */
public record Persoonsgegevens(
        String bsn,
        String voornamen,
        String geslachtsnaam,
        LocalDate geboortedatum,
        Doelgroep doelgroep,
        LocalDate datumStartInburgeringsplicht,
        @Nullable LocalDate datumVestigingGemeente,
        @Nullable LocalDate datumStartTermijnVaststellingLeerroute,
        @Nullable Adres adres) {

    /** Without an address, as before the address existed. */
    public Persoonsgegevens(
            String bsn,
            String voornamen,
            String geslachtsnaam,
            LocalDate geboortedatum,
            Doelgroep doelgroep,
            LocalDate datumStartInburgeringsplicht,
            LocalDate datumVestigingGemeente,
            LocalDate datumStartTermijnVaststellingLeerroute) {
        this(
                bsn,
                voornamen,
                geslachtsnaam,
                geboortedatum,
                doelgroep,
                datumStartInburgeringsplicht,
                datumVestigingGemeente,
                datumStartTermijnVaststellingLeerroute,
                null);
    }

    /**
     * With the address as loose fields (as a form or JSON sends them): a wrong address is reported together
     * with every other problem of the input, not on its own.
     */
    public static Persoonsgegevens metAdresvelden(
            String bsn,
            String voornamen,
            String geslachtsnaam,
            LocalDate geboortedatum,
            Doelgroep doelgroep,
            LocalDate datumStartInburgeringsplicht,
            LocalDate datumVestigingGemeente,
            LocalDate datumStartTermijnVaststellingLeerroute,
            String straat,
            Integer huisnummer,
            String huisnummertoevoeging,
            String postcode,
            String woonplaats) {
        List<Veldfout> fouten = new ArrayList<>();
        Adres adres = Adres.uitVelden(straat, huisnummer, huisnummertoevoeging, postcode, woonplaats, fouten);
        try {
            Persoonsgegevens gegevens = new Persoonsgegevens(
                    bsn,
                    voornamen,
                    geslachtsnaam,
                    geboortedatum,
                    doelgroep,
                    datumStartInburgeringsplicht,
                    datumVestigingGemeente,
                    datumStartTermijnVaststellingLeerroute,
                    adres);
            if (fouten.isEmpty()) {
                return gegevens;
            }
        } catch (OngeldigeInvoer ongeldig) {
            fouten.addAll(0, ongeldig.fouten());
        }
        throw new OngeldigeInvoer(fouten);
    }

    static final int MAXIMALE_NAAMLENGTE = 200;

    public Persoonsgegevens {
        voornamen = voornamen == null ? null : voornamen.strip();
        geslachtsnaam = geslachtsnaam == null ? null : geslachtsnaam.strip();
        bsn = bsn == null ? null : bsn.strip();
        if (datumStartTermijnVaststellingLeerroute == null) {
            datumStartTermijnVaststellingLeerroute = datumVestigingGemeente;
        }
        List<Veldfout> fouten = new ArrayList<>();
        try {
            Bsn.van(bsn);
        } catch (Bsn.OngeldigeBsn ongeldig) {
            fouten.addAll(ongeldig.fouten());
        }
        naam(fouten, "voornamen", voornamen, "Vul de voornamen in.");
        naam(fouten, "geslachtsnaam", geslachtsnaam, "Vul de geslachtsnaam in.");
        if (geboortedatum == null) {
            fouten.add(new Veldfout("geboortedatum", "verplicht", "Vul de geboortedatum in."));
        } else if (geboortedatum.isAfter(Vandaag.datum())) {
            fouten.add(new Veldfout("geboortedatum", "datum.toekomst", "De geboortedatum ligt in de toekomst."));
        }
        if (doelgroep == null) {
            fouten.add(new Veldfout("doelgroep", "verplicht", "Kies de doelgroep."));
        }
        if (datumStartInburgeringsplicht == null) {
            fouten.add(new Veldfout(
                    "datumStartInburgeringsplicht",
                    "verplicht",
                    "Vul de datum in waarop de inburgeringsplicht begon."));
        } else if (geboortedatum != null && !datumStartInburgeringsplicht.isAfter(geboortedatum)) {
            fouten.add(new Veldfout(
                    "datumStartInburgeringsplicht",
                    "datum.volgorde",
                    "De inburgeringsplicht kan niet beginnen vóór de geboortedatum."));
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
    }

    public Bsn bsnWaarde() {
        return new Bsn(bsn);
    }

    private static void naam(List<Veldfout> fouten, String veld, @Nullable String waarde, String leeg) {
        if (waarde == null || waarde.isEmpty()) {
            fouten.add(new Veldfout(veld, "verplicht", leeg));
        } else if (waarde.length() > MAXIMALE_NAAMLENGTE) {
            fouten.add(new Veldfout(veld, "lengte", "Gebruik hoogstens " + MAXIMALE_NAAMLENGTE + " tekens."));
        }
    }

    @Override
    public String toString() {
        return "Persoonsgegevens[***]";
    }
}
