package nl.openinburgering.inburgeraar.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import nl.openinburgering.inburgeraar.Adres;
import nl.openinburgering.inburgeraar.Doelgroep;
import nl.openinburgering.inburgeraar.Inburgeraar;
import nl.openinburgering.inburgeraar.Persoonsgegevens;
import nl.openinburgering.shared.OngeldigeInvoer;
import nl.openinburgering.shared.Veldfout;

/**
 * The register and edit form as the browser sends it: every field as text, so that a date the browser did
 * not check (older browsers show a plain text box) becomes a message next to its field instead of a 400.
 * {@link Persoonsgegevens} does the real validation.
 */
record InburgeraarFormulier(
        @Nullable String bsn,
        @Nullable String voornamen,
        @Nullable String geslachtsnaam,
        @Nullable String geboortedatum,
        @Nullable String doelgroep,
        @Nullable String datumStartInburgeringsplicht,
        @Nullable String datumVestigingGemeente,
        @Nullable String datumStartTermijnVaststellingLeerroute,
        @Nullable String straat,
        @Nullable String huisnummer,
        @Nullable String huisnummertoevoeging,
        @Nullable String postcode,
        @Nullable String woonplaats,
        @Nullable Long versie,
        @Nullable String redenWijzigingStartTermijn) {

    /** The fields in form order: the error summary follows it. */
    static final List<String> VELDEN = List.of(
            "bsn",
            "voornamen",
            "geslachtsnaam",
            "geboortedatum",
            "doelgroep",
            "datumStartInburgeringsplicht",
            "datumVestigingGemeente",
            "datumStartTermijnVaststellingLeerroute",
            "straat",
            "huisnummer",
            "huisnummertoevoeging",
            "postcode",
            "woonplaats",
            "redenWijzigingStartTermijn");

    static InburgeraarFormulier leeg() {
        return new InburgeraarFormulier("", "", "", "", "", "", "", "", "", "", "", "", "", null, "");
    }

    static InburgeraarFormulier van(Inburgeraar inburgeraar) {
        Persoonsgegevens g = inburgeraar.gegevens();
        Optional<Adres> adres = inburgeraar.adres();
        return new InburgeraarFormulier(
                g.bsn(),
                g.voornamen(),
                g.geslachtsnaam(),
                tekst(g.geboortedatum()),
                g.doelgroep().name(),
                tekst(g.datumStartInburgeringsplicht()),
                tekst(g.datumVestigingGemeente()),
                tekst(g.datumStartTermijnVaststellingLeerroute()),
                adres.map(Adres::straat).orElse(""),
                adres.map(a -> a.huisnummer().toString()).orElse(""),
                adres.map(Adres::huisnummertoevoeging).orElse(""),
                adres.map(Adres::postcode).orElse(""),
                adres.map(Adres::woonplaats).orElse(""),
                inburgeraar.versie(),
                "");
    }

    /**
     * The form as {@link Persoonsgegevens}, or every problem at once: unreadable dates first, then whatever
     * the domain finds in the rest.
     */
    Persoonsgegevens gegevens(LocalDate vandaag) {
        List<Veldfout> fouten = new ArrayList<>();
        LocalDate geboren = datum("geboortedatum", geboortedatum, fouten);
        LocalDate plicht = datum("datumStartInburgeringsplicht", datumStartInburgeringsplicht, fouten);
        LocalDate vestiging = datum("datumVestigingGemeente", datumVestigingGemeente, fouten);
        LocalDate termijn =
                datum("datumStartTermijnVaststellingLeerroute", datumStartTermijnVaststellingLeerroute, fouten);
        Doelgroep groep = doelgroep(fouten);
        Integer nummer = huisnummer(fouten);
        try {
            Persoonsgegevens gegevens = Persoonsgegevens.metAdresvelden(
                    vandaag,
                    bsn,
                    voornamen,
                    geslachtsnaam,
                    geboren,
                    groep,
                    plicht,
                    vestiging,
                    termijn,
                    straat,
                    nummer,
                    huisnummertoevoeging,
                    postcode,
                    woonplaats);
            if (fouten.isEmpty()) {
                return gegevens;
            }
        } catch (OngeldigeInvoer ongeldig) {
            fouten.addAll(ongeldig.fouten());
        }
        throw new OngeldigeInvoer(fouten);
    }

    /** Text that is not a whole number is a message next to the field; the range is the domain's to check. */
    private @Nullable Integer huisnummer(List<Veldfout> fouten) {
        if (huisnummer == null || huisnummer.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(huisnummer.strip());
        } catch (NumberFormatException geenGetal) {
            fouten.add(new Veldfout("huisnummer", "huisnummer.formaat", "Vul het huisnummer in als getal, zoals 12."));
            return null;
        }
    }

    private @Nullable Doelgroep doelgroep(List<Veldfout> fouten) {
        if (doelgroep == null || doelgroep.isBlank()) {
            return null;
        }
        try {
            return Doelgroep.valueOf(doelgroep);
        } catch (IllegalArgumentException onbekend) {
            fouten.add(new Veldfout("doelgroep", "doelgroep.onbekend", "Kies een van de doelgroepen."));
            return null;
        }
    }

    private static @Nullable LocalDate datum(String veld, @Nullable String waarde, List<Veldfout> fouten) {
        if (waarde == null || waarde.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(waarde.strip());
        } catch (DateTimeParseException onleesbaar) {
            fouten.add(new Veldfout(veld, "datum.formaat", "Vul een geldige datum in, zoals 2026-03-01."));
            return null;
        }
    }

    private static String tekst(@Nullable LocalDate datum) {
        return datum == null ? "" : datum.toString();
    }
}
