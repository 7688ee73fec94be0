package nl.openinburgering.inburgeraar;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import nl.openinburgering.shared.Bsn;
import nl.openinburgering.shared.OngeldigeInvoer;
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
     * With the address as loose fields, as a form or JSON sends them (so every field may be missing): a wrong
     * address and a date after {@code vandaag} are reported together with every other problem of the input, not
     * on their own.
     *
     * @param vandaag today by the application's clock ({@code Vandaag.datum(klok)})
     */
    public static Persoonsgegevens metAdresvelden(
            LocalDate vandaag,
            @Nullable String bsn,
            @Nullable String voornamen,
            @Nullable String geslachtsnaam,
            @Nullable LocalDate geboortedatum,
            @Nullable Doelgroep doelgroep,
            @Nullable LocalDate datumStartInburgeringsplicht,
            @Nullable LocalDate datumVestigingGemeente,
            @Nullable LocalDate datumStartTermijnVaststellingLeerroute,
            @Nullable String straat,
            @Nullable Integer huisnummer,
            @Nullable String huisnummertoevoeging,
            @Nullable String postcode,
            @Nullable String woonplaats) {
        List<Veldfout> fouten =
                fouten(bsn, voornamen, geslachtsnaam, geboortedatum, doelgroep, datumStartInburgeringsplicht, vandaag);
        Adres adres = Adres.uitVelden(straat, huisnummer, huisnummertoevoeging, postcode, woonplaats, fouten);
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
        // fouten(...) refused a missing BSN, name, birth date, doelgroep or start of the plicht above.
        return new Persoonsgegevens(
                Objects.requireNonNull(bsn),
                Objects.requireNonNull(voornamen),
                Objects.requireNonNull(geslachtsnaam),
                Objects.requireNonNull(geboortedatum),
                Objects.requireNonNull(doelgroep),
                Objects.requireNonNull(datumStartInburgeringsplicht),
                datumVestigingGemeente,
                datumStartTermijnVaststellingLeerroute,
                adres);
    }

    static final int MAXIMALE_NAAMLENGTE = 200;

    /**
     * Checks everything that does not depend on the day. A birth date in the future needs today, so the facade
     * checks it with its clock ({@link #nietInDeToekomst(LocalDate)}), and {@link #metAdresvelden} reports it
     * together with the rest.
     */
    public Persoonsgegevens {
        voornamen = voornamen == null ? null : voornamen.strip();
        geslachtsnaam = geslachtsnaam == null ? null : geslachtsnaam.strip();
        bsn = bsn == null ? null : bsn.strip();
        if (datumStartTermijnVaststellingLeerroute == null) {
            datumStartTermijnVaststellingLeerroute = datumVestigingGemeente;
        }
        List<Veldfout> fouten =
                fouten(bsn, voornamen, geslachtsnaam, geboortedatum, doelgroep, datumStartInburgeringsplicht, null);
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
    }

    /** Refuses a birth date after {@code vandaag}; the facade calls it with today by its clock. */
    public Persoonsgegevens nietInDeToekomst(LocalDate vandaag) {
        if (geboortedatum.isAfter(vandaag)) {
            throw new OngeldigeInvoer(
                    new Veldfout("geboortedatum", "datum.toekomst", "De geboortedatum ligt in de toekomst."));
        }
        return this;
    }

    /** Every problem of the raw input at once; the date checks against {@code vandaag} only when it is given. */
    private static List<Veldfout> fouten(
            @Nullable String bsn,
            @Nullable String voornamen,
            @Nullable String geslachtsnaam,
            @Nullable LocalDate geboortedatum,
            @Nullable Doelgroep doelgroep,
            @Nullable LocalDate datumStartInburgeringsplicht,
            @Nullable LocalDate vandaag) {
        bsn = bsn == null ? null : bsn.strip();
        voornamen = voornamen == null ? null : voornamen.strip();
        geslachtsnaam = geslachtsnaam == null ? null : geslachtsnaam.strip();
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
        } else if (vandaag != null && geboortedatum.isAfter(vandaag)) {
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
        } else {
            binnenDeWet(geboortedatum, datumStartInburgeringsplicht, fouten);
        }
        return fouten;
    }

    /** R1.1: the first day of a plicht under this law; an earlier plicht falls under the Wi2013. */
    public static final LocalDate START_WET = LocalDate.of(2022, 1, 1);

    static final int MINIMUMLEEFTIJD = 18;

    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.of("nl"));

    /**
     * R1.1 and R1.3: only a person who became inburgeringsplichtig on or after 2022-01-01, at 18 or older and
     * below the AOW age ({@link AowLeeftijd}), falls under the Wi2021. Ages are taken on the day the plicht
     * started. Reaching the AOW age later ends a plicht (R1.11); that is not a reason to refuse the registration.
     */
    private static void binnenDeWet(@Nullable LocalDate geboortedatum, LocalDate startPlicht, List<Veldfout> fouten) {
        if (startPlicht.isBefore(START_WET)) {
            fouten.add(new Veldfout(
                    "datumStartInburgeringsplicht",
                    "R1.1",
                    "Een inburgeringsplicht die vóór 1 januari 2022 begon, valt onder de Wet inburgering 2013, "
                            + "niet onder deze wet."));
        }
        if (geboortedatum == null) {
            return;
        }
        LocalDate achttien = geboortedatum.plusYears(MINIMUMLEEFTIJD);
        if (startPlicht.isBefore(achttien)) {
            fouten.add(new Veldfout(
                    "geboortedatum",
                    "R1.3",
                    "De persoon was bij de start van de inburgeringsplicht jonger dan 18 jaar; de plicht begint "
                            + "op zijn vroegst op de 18e verjaardag ("
                            + DATUM.format(achttien)
                            + ")."));
            return;
        }
        LocalDate aow = AowLeeftijd.voor(geboortedatum).datum();
        if (!startPlicht.isBefore(aow)) {
            fouten.add(new Veldfout(
                    "geboortedatum",
                    "R1.3",
                    "De persoon had bij de start van de inburgeringsplicht de AOW-leeftijd al bereikt (op "
                            + DATUM.format(aow)
                            + "): dan is er geen inburgeringsplicht."));
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
