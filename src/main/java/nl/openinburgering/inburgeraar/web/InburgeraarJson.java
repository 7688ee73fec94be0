package nl.openinburgering.inburgeraar.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.openinburgering.inburgeraar.Adres;
import nl.openinburgering.inburgeraar.Doelgroep;
import nl.openinburgering.inburgeraar.Dossierafsluiting;
import nl.openinburgering.inburgeraar.Examendeel;
import nl.openinburgering.inburgeraar.Inburgeraar;
import nl.openinburgering.inburgeraar.Informatieverzoek;
import nl.openinburgering.inburgeraar.TermijnVaststellingPip;
import nl.openinburgering.inburgeraar.TermijnstartWijziging;
import nl.openinburgering.inburgeraar.Vrijstelling;

/**
 * The API representation of an inburgeraar ({@code api.md}). {@code inburgeringstermijn} stays
 * {@code null} until the first PIP is vastgesteld (R3.4).
 */
record InburgeraarJson(
        UUID id,
        String gemeentecode,
        String bsn,
        String voornamen,
        String geslachtsnaam,
        LocalDate geboortedatum,
        Doelgroep doelgroep,
        LocalDate datumStartInburgeringsplicht,
        @Nullable LocalDate datumVestigingGemeente,
        @Nullable LocalDate datumStartTermijnVaststellingLeerroute,
        @Nullable LocalDate uiterlijkeDatumVaststellingPip,
        boolean termijnVaststellingPipVerlengd,
        boolean wachtOpInformatie,
        List<InformatieverzoekJson> informatieverzoeken,
        List<TermijnstartWijziging> wijzigingenStartTermijn,
        @Nullable Periode inburgeringstermijn,
        @Nullable String straat,
        @Nullable Integer huisnummer,
        @Nullable String huisnummertoevoeging,
        @Nullable String postcode,
        @Nullable String woonplaats,
        boolean actief,
        @Nullable Dossierafsluiting afsluiting,
        List<Dossierafsluiting> afsluitingen,
        List<VrijstellingJson> vrijstellingen,
        long versie) {

    static InburgeraarJson van(Inburgeraar inburgeraar) {
        Optional<Adres> adres = inburgeraar.adres();
        return new InburgeraarJson(
                inburgeraar.id(),
                inburgeraar.gemeentecode().waarde(),
                inburgeraar.bsn().waarde(),
                inburgeraar.voornamen(),
                inburgeraar.geslachtsnaam(),
                inburgeraar.geboortedatum(),
                inburgeraar.doelgroep(),
                inburgeraar.datumStartInburgeringsplicht(),
                inburgeraar.datumVestigingGemeente(),
                inburgeraar.datumStartTermijnVaststellingLeerroute(),
                inburgeraar.uiterlijkeDatumVaststellingPip().orElse(null),
                inburgeraar
                        .termijnVaststellingPip()
                        .map(TermijnVaststellingPip::verlengd)
                        .orElse(false),
                inburgeraar
                        .termijnVaststellingPip()
                        .map(TermijnVaststellingPip::wachtOpInformatie)
                        .orElse(false),
                inburgeraar.informatieverzoeken().stream()
                        .map(InformatieverzoekJson::van)
                        .toList(),
                inburgeraar.termijnstartWijzigingen(),
                inburgeraar
                        .inburgeringstermijn()
                        .map(t -> new Periode(t.startdatum(), t.einddatum(), t.laatsteDag()))
                        .orElse(null),
                adres.map(Adres::straat).orElse(null),
                adres.map(Adres::huisnummer).orElse(null),
                adres.map(Adres::huisnummertoevoeging).orElse(null),
                adres.map(Adres::postcode).orElse(null),
                adres.map(Adres::woonplaats).orElse(null),
                inburgeraar.actief(),
                inburgeraar.afsluiting().orElse(null),
                inburgeraar.afsluitingen(),
                inburgeraar.vrijstellingen().stream().map(VrijstellingJson::van).toList(),
                inburgeraar.versie());
    }

    /** R1.7 and R1.9: a vrijstelling or ontheffing with its ground, date and (when partial) exam parts. */
    record VrijstellingJson(
            int volgnummer,
            Vrijstelling.Soort soort,
            Vrijstelling.Omvang omvang,
            String grond,
            LocalDate datumBesluit,
            java.util.Set<Examendeel> onderdelen) {

        static VrijstellingJson van(Vrijstelling v) {
            return new VrijstellingJson(
                    v.volgnummer(), v.soort(), v.omvang(), v.grond(), v.datumBesluit(), v.examendelen());
        }
    }

    /** R2.8: a request to a third party; its number is its place in the person's list. */
    record InformatieverzoekJson(
            int volgnummer,
            String derde,
            String omschrijving,
            LocalDate aangevraagdOp,
            @Nullable LocalDate ontvangenOp) {

        static InformatieverzoekJson van(Informatieverzoek verzoek) {
            return new InformatieverzoekJson(
                    verzoek.volgnummer(),
                    verzoek.derde(),
                    verzoek.omschrijving(),
                    verzoek.aangevraagdOp(),
                    verzoek.ontvangenOp());
        }
    }

    /**
     * Start inclusive, end exclusive, as in DUO's model and api.md; {@code laatsteDag} is the last day inside the
     * period (inclusive), the meaning every "uiterlijke datum" and "laatste dag" of the API has.
     */
    record Periode(LocalDate startdatum, LocalDate einddatum, LocalDate laatsteDag) {}
}
