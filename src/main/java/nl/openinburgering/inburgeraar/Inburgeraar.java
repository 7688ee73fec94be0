package nl.openinburgering.inburgeraar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import nl.openinburgering.shared.Bsn;
import nl.openinburgering.shared.Gemeentecode;
import nl.openinburgering.shared.NietGevonden;
import nl.openinburgering.shared.OngeldigeInvoer;
import nl.openinburgering.shared.Veldfout;

/**
 * A person with an inburgeringsplicht, as one gemeente's file. The aggregate root of the registry; its
 * {@code versie} guards against two people editing the same file at once (optimistic locking).
 */
@Table("inburgeraar")
public class Inburgeraar {

    @Id
    private final UUID id;

    private final String gemeentecode;
    private String bsn;
    private String voornamen;
    private String geslachtsnaam;
    private LocalDate geboortedatum;
    private Doelgroep doelgroep;
    private LocalDate datumStartInburgeringsplicht;
    private @Nullable LocalDate datumVestigingGemeente;
    private @Nullable LocalDate datumStartTermijnVaststellingLeerroute;
    private @Nullable LocalDate datumStartInburgeringstermijn;
    private @Nullable String straat;
    private @Nullable Integer huisnummer;
    private @Nullable String huisnummertoevoeging;
    private @Nullable String postcode;
    private @Nullable String woonplaats;

    @MappedCollection(idColumn = "inburgeraar_id", keyColumn = "volgnummer")
    private final List<Informatieverzoek> informatieverzoeken;

    @MappedCollection(idColumn = "inburgeraar_id", keyColumn = "volgnummer")
    private final List<Termijnverlenging> termijnverlengingen;

    @MappedCollection(idColumn = "inburgeraar_id", keyColumn = "volgnummer")
    private final List<TermijnstartWijziging> termijnstartWijzigingen;

    @MappedCollection(idColumn = "inburgeraar_id", keyColumn = "volgnummer")
    private final List<Dossierafsluiting> afsluitingen;

    @MappedCollection(idColumn = "inburgeraar_id", keyColumn = "volgnummer")
    private final List<Vrijstelling> vrijstellingen;

    private boolean actief;
    private @Nullable Afsluitreden afsluitreden;
    private final Instant geregistreerdOp;

    @Version
    private @Nullable Long versie;

    @PersistenceCreator
    Inburgeraar(
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
            @Nullable LocalDate datumStartInburgeringstermijn,
            @Nullable String straat,
            @Nullable Integer huisnummer,
            @Nullable String huisnummertoevoeging,
            @Nullable String postcode,
            @Nullable String woonplaats,
            @Nullable List<Informatieverzoek> informatieverzoeken,
            @Nullable List<Termijnverlenging> termijnverlengingen,
            @Nullable List<TermijnstartWijziging> termijnstartWijzigingen,
            @Nullable List<Dossierafsluiting> afsluitingen,
            @Nullable List<Vrijstelling> vrijstellingen,
            boolean actief,
            @Nullable Afsluitreden afsluitreden,
            Instant geregistreerdOp,
            @Nullable Long versie) {
        this.id = id;
        this.gemeentecode = gemeentecode;
        this.bsn = bsn;
        this.voornamen = voornamen;
        this.geslachtsnaam = geslachtsnaam;
        this.geboortedatum = geboortedatum;
        this.doelgroep = doelgroep;
        this.datumStartInburgeringsplicht = datumStartInburgeringsplicht;
        this.datumVestigingGemeente = datumVestigingGemeente;
        this.datumStartTermijnVaststellingLeerroute = datumStartTermijnVaststellingLeerroute;
        this.datumStartInburgeringstermijn = datumStartInburgeringstermijn;
        this.straat = straat;
        this.huisnummer = huisnummer;
        this.huisnummertoevoeging = huisnummertoevoeging;
        this.postcode = postcode;
        this.woonplaats = woonplaats;
        this.informatieverzoeken = new ArrayList<>(informatieverzoeken == null ? List.of() : informatieverzoeken);
        this.termijnverlengingen = new ArrayList<>(termijnverlengingen == null ? List.of() : termijnverlengingen);
        this.termijnstartWijzigingen =
                new ArrayList<>(termijnstartWijzigingen == null ? List.of() : termijnstartWijzigingen);
        this.afsluitingen = new ArrayList<>(afsluitingen == null ? List.of() : afsluitingen);
        this.vrijstellingen = new ArrayList<>(vrijstellingen == null ? List.of() : vrijstellingen);
        this.actief = actief;
        this.afsluitreden = afsluitreden;
        this.geregistreerdOp = geregistreerdOp;
        this.versie = versie;
    }

    static Inburgeraar registreer(Gemeentecode gemeente, Persoonsgegevens gegevens, Instant geregistreerdOp) {
        Inburgeraar nieuw = new Inburgeraar(
                UUID.randomUUID(),
                gemeente.waarde(),
                gegevens.bsn(),
                gegevens.voornamen(),
                gegevens.geslachtsnaam(),
                gegevens.geboortedatum(),
                gegevens.doelgroep(),
                gegevens.datumStartInburgeringsplicht(),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                true,
                null,
                geregistreerdOp,
                null);
        nieuw.neemOver(gegevens);
        return nieuw;
    }

    /**
     * Replaces the person's data, provided the editor saw the current version; the repository's
     * {@code @Version} check makes the update fail when someone else saved in between.
     */
    void wijzig(Persoonsgegevens gegevens, long geziendeVersie) {
        wijzig(gegevens, geziendeVersie, null, "", Instant.EPOCH);
    }

    /**
     * As {@link #wijzig(Persoonsgegevens, long)}. R2.8: a change of the start of the 10-week term needs a reason
     * and leaves a history line (who, when, from which day to which); the same start again needs none.
     */
    void wijzig(
            Persoonsgegevens gegevens,
            long geziendeVersie,
            @Nullable String redenWijzigingStartTermijn,
            String door,
            Instant op) {
        LocalDate oud = datumStartTermijnVaststellingLeerroute;
        LocalDate nieuw = gegevens.datumStartTermijnVaststellingLeerroute();
        if (oud != null && !oud.equals(nieuw)) {
            if (redenWijzigingStartTermijn == null || redenWijzigingStartTermijn.isBlank()) {
                throw new OngeldigeInvoer(new Veldfout(
                        "redenWijzigingStartTermijn",
                        "R2.8",
                        "De start van de termijn van 10 weken verandert (van " + oud + " naar " + nieuw
                                + "); daarmee verschuift de uiterste datum voor het PIP. Leg de reden vast."));
            }
            termijnstartWijzigingen.add(new TermijnstartWijziging(
                    termijnstartWijzigingen.size(),
                    gemeentecode,
                    oud,
                    nieuw,
                    redenWijzigingStartTermijn.strip(),
                    door,
                    op));
        }
        this.versie = geziendeVersie;
        neemOver(gegevens);
    }

    /**
     * R2.8: DUO's kennisgeving (event SS139) starts the 10-week term on DUO's date. The same date again changes
     * nothing (a repeated notification); another date is kept as a history line with DUO as its author, so the
     * moved deadline for the PIP stays accountable. Returns whether the start changed.
     */
    boolean startTermijnVaststellingDoorDuo(LocalDate kennisgeving, String gebeurtenis, Instant op) {
        LocalDate oud = datumStartTermijnVaststellingLeerroute;
        if (kennisgeving.equals(oud)) {
            return false;
        }
        if (oud != null) {
            termijnstartWijzigingen.add(new TermijnstartWijziging(
                    termijnstartWijzigingen.size(),
                    gemeentecode,
                    oud,
                    kennisgeving,
                    "Kennisgeving van DUO (" + gebeurtenis + ")",
                    "DUO",
                    op));
        }
        datumStartTermijnVaststellingLeerroute = kennisgeving;
        return true;
    }

    /** R2.8: the changes of the start of the 10-week term, oldest first. */
    public List<TermijnstartWijziging> termijnstartWijzigingen() {
        return List.copyOf(termijnstartWijzigingen);
    }

    private void neemOver(Persoonsgegevens gegevens) {
        this.bsn = gegevens.bsn();
        this.voornamen = gegevens.voornamen();
        this.geslachtsnaam = gegevens.geslachtsnaam();
        this.geboortedatum = gegevens.geboortedatum();
        this.doelgroep = gegevens.doelgroep();
        this.datumStartInburgeringsplicht = gegevens.datumStartInburgeringsplicht();
        this.datumVestigingGemeente = gegevens.datumVestigingGemeente();
        this.datumStartTermijnVaststellingLeerroute = gegevens.datumStartTermijnVaststellingLeerroute();
        Adres adres = gegevens.adres();
        this.straat = adres == null ? null : adres.straat();
        this.huisnummer = adres == null ? null : adres.huisnummer();
        this.huisnummertoevoeging = adres == null ? null : adres.huisnummertoevoeging();
        this.postcode = adres == null ? null : adres.postcode();
        this.woonplaats = adres == null ? null : adres.woonplaats();
    }

    /**
     * R2.8: the last day on which the PIP may be dated: the start of the 10-week term plus 70 days, extended
     * only for information requested from a third party. Empty while the term has not started.
     */
    public Optional<TermijnVaststellingPip> termijnVaststellingPip() {
        return Optional.ofNullable(datumStartTermijnVaststellingLeerroute)
                .map(start -> TermijnVaststellingPip.bereken(start, informatieverzoeken));
    }

    public Optional<LocalDate> uiterlijkeDatumVaststellingPip() {
        return termijnVaststellingPip().map(TermijnVaststellingPip::uiterlijkeDatum);
    }

    /** R2.8: records that the gemeente asked a third party for information it needs for the PIP. */
    Informatieverzoek vraagInformatie(
            @Nullable String derde,
            @Nullable String omschrijving,
            @Nullable LocalDate aangevraagdOp,
            LocalDate vandaag) {
        Informatieverzoek verzoek = Informatieverzoek.nieuw(
                informatieverzoeken.size(), gemeentecode, derde, omschrijving, aangevraagdOp, vandaag);
        informatieverzoeken.add(verzoek);
        return verzoek;
    }

    /** R2.8: the information arrived; from then on the PIP must follow within two weeks. */
    Informatieverzoek informatieOntvangen(int volgnummer, @Nullable LocalDate ontvangenOp, LocalDate vandaag) {
        if (volgnummer < 0 || volgnummer >= informatieverzoeken.size()) {
            throw new NietGevonden("Informatieverzoek");
        }
        Informatieverzoek ontvangen = informatieverzoeken.get(volgnummer).ontvangen(ontvangenOp, vandaag);
        informatieverzoeken.set(volgnummer, ontvangen);
        return ontvangen;
    }

    public List<Informatieverzoek> informatieverzoeken() {
        return List.copyOf(informatieverzoeken);
    }

    /**
     * R3.4: the first PIP's vaststelling starts the three-year term, the day after its dagtekening. Later
     * PIPs, a bezwaar decision or a move never move it: once started, this returns nothing.
     */
    Optional<Inburgeringstermijn> startInburgeringstermijn(LocalDate dagtekeningPip) {
        if (datumStartInburgeringstermijn != null) {
            return Optional.empty();
        }
        Inburgeringstermijn termijn = Inburgeringstermijn.naEerstePip(dagtekeningPip);
        datumStartInburgeringstermijn = termijn.startdatum();
        return Optional.of(termijn);
    }

    /**
     * R2.8 and R3.4: the dagtekening of the first PIP, the day before the inburgeringstermijn started; empty while
     * no PIP is vastgesteld. Compared with {@link #uiterlijkeDatumVaststellingPip()} it says whether the PIP came
     * on time.
     */
    public Optional<LocalDate> dagtekeningEerstePip() {
        return Optional.ofNullable(datumStartInburgeringstermijn).map(start -> start.minusDays(1));
    }

    /** R3.4 and R3.6: empty until the first PIP is vastgesteld; three years plus DUO's extensions. */
    public Optional<Inburgeringstermijn> inburgeringstermijn() {
        return Optional.ofNullable(datumStartInburgeringstermijn)
                .map(start -> Inburgeringstermijn.vanaf(start, termijnverlengingen));
    }

    /** R3.6: registers an extension that DUO granted; only after the term started (R3.4). */
    Termijnverlenging registreerVerlenging(
            @Nullable LocalDate datumBesluit,
            @Nullable LocalDate nieuweEinddatum,
            @Nullable String reden,
            LocalDate vandaag) {
        Inburgeringstermijn huidig = inburgeringstermijn()
                .orElseThrow(() -> new OngeldigeInvoer(new Veldfout(
                        "nieuweEinddatum",
                        "R3.6",
                        "Er is nog geen inburgeringstermijn: die begint na het eerste PIP.")));
        Termijnverlenging verlenging = Termijnverlenging.nieuw(
                termijnverlengingen.size(),
                gemeentecode,
                datumBesluit,
                nieuweEinddatum,
                reden,
                huidig.einddatum(),
                vandaag);
        termijnverlengingen.add(verlenging);
        return verlenging;
    }

    /**
     * R3.12 with R3.6: takes over DUO's extension from before a move, once: only when it ends later than the term
     * does now. Returns whether it changed anything.
     */
    boolean neemVerlengingOver(OvergenomenVerlenging verlenging, LocalDate vandaag) {
        boolean later = inburgeringstermijn()
                .map(t -> verlenging.nieuweEinddatum().isAfter(t.einddatum()))
                .orElse(false);
        if (later) {
            registreerVerlenging(
                    verlenging.datumBesluit(),
                    verlenging.nieuweEinddatum(),
                    "Verlenging door DUO, overgenomen bij de verhuizing uit gemeente " + verlenging.vorigeGemeentecode()
                            + " (R3.12)",
                    vandaag);
        }
        return later;
    }

    public List<Termijnverlenging> termijnverlengingen() {
        return List.copyOf(termijnverlengingen);
    }

    /**
     * R1.11: closes the file with the reason the plicht (or, after a move, this gemeente's file) ended and the day
     * it ended; a written explanation is required. A closed file gives no signals, is in no worklist and is
     * counted in the reports by {@link Afsluitreden#telMeeInRapportages()}. Refused when the file is closed
     * already, or the day lies before the plicht started or after today.
     */
    DossierAfgesloten sluitAf(
            Afsluitreden reden, LocalDate datum, String toelichting, String door, Instant op, LocalDate vandaag) {
        if (!actief) {
            throw new OngeldigeInvoer(new Veldfout("reden", "R1.11", "Dit dossier is al afgesloten."));
        }
        if (datum.isBefore(datumStartInburgeringsplicht) || datum.isAfter(vandaag)) {
            throw new OngeldigeInvoer(new Veldfout(
                    "datum",
                    "R1.11",
                    "De datum van afsluiten ligt tussen de start van de inburgeringsplicht ("
                            + datumStartInburgeringsplicht + ") en vandaag."));
        }
        String uitleg = verplichteToelichting(toelichting, "Leg vast waarom het dossier wordt afgesloten.");
        afsluitingen.add(new Dossierafsluiting(
                afsluitingen.size(), gemeentecode, Dossierafsluiting.Soort.AFGESLOTEN, reden, datum, uitleg, door, op));
        actief = false;
        afsluitreden = reden;
        return new DossierAfgesloten(id, gemeentecode(), reden, datum);
    }

    /** R1.11: reopens a closed file, with a written reason (for example: closed by mistake, came back). */
    DossierHeropend heropen(String toelichting, String door, Instant op, LocalDate vandaag) {
        if (actief) {
            throw new OngeldigeInvoer(new Veldfout("toelichting", "R1.11", "Dit dossier is niet afgesloten."));
        }
        String uitleg = verplichteToelichting(toelichting, "Leg vast waarom het dossier wordt heropend.");
        afsluitingen.add(new Dossierafsluiting(
                afsluitingen.size(), gemeentecode, Dossierafsluiting.Soort.HEROPEND, null, vandaag, uitleg, door, op));
        actief = true;
        afsluitreden = null;
        return new DossierHeropend(id, gemeentecode());
    }

    private static String verplichteToelichting(@Nullable String toelichting, String melding) {
        if (toelichting == null || toelichting.isBlank()) {
            throw new OngeldigeInvoer(new Veldfout("toelichting", "R1.11", melding));
        }
        if (toelichting.strip().length() > 1000) {
            throw new OngeldigeInvoer(
                    new Veldfout("toelichting", "R1.11", "De toelichting is te lang (ten hoogste 1000 tekens)."));
        }
        return toelichting.strip();
    }

    /**
     * R1.7 and R1.9: records DUO's vrijstelling or ontheffing (checked by {@link Vrijstelling#nieuw}). A whole one
     * ends the plicht, so it closes the file with that reason on the day of the decision (R1.11); a partial one
     * takes its parts out of what the leerroute must reach ({@link #vrijgesteldeOnderdelen()}).
     */
    VrijstellingVastgelegd legVrijstellingVast(
            Vrijstelling.@Nullable Soort soort,
            Vrijstelling.@Nullable Omvang omvang,
            @Nullable String grond,
            @Nullable LocalDate datumBesluit,
            @Nullable Set<Examendeel> onderdelen,
            String door,
            Instant op,
            LocalDate vandaag) {
        if (!actief) {
            throw new OngeldigeInvoer(new Veldfout("soort", "R1.11", "Dit dossier is afgesloten; heropen het eerst."));
        }
        Vrijstelling vrijstelling = Vrijstelling.nieuw(
                vrijstellingen.size(),
                gemeentecode,
                soort,
                omvang,
                grond,
                datumBesluit,
                onderdelen,
                datumStartInburgeringsplicht,
                vandaag,
                door,
                op);
        vrijstellingen.add(vrijstelling);
        if (vrijstelling.omvang() == Vrijstelling.Omvang.GEHEEL) {
            sluitAf(
                    vrijstelling.soort() == Vrijstelling.Soort.ONTHEFFING
                            ? Afsluitreden.ONTHEFFING
                            : Afsluitreden.VRIJSTELLING,
                    vrijstelling.datumBesluit(),
                    "Gehele " + vrijstelling.soort().name().toLowerCase(java.util.Locale.ROOT) + " door DUO, grond "
                            + vrijstelling.grond(),
                    door,
                    op,
                    vandaag);
        }
        return new VrijstellingVastgelegd(id, gemeentecode(), vrijstelling);
    }

    /** R1.7 and R1.9: every recorded vrijstelling and ontheffing, oldest first. */
    public List<Vrijstelling> vrijstellingen() {
        return List.copyOf(vrijstellingen);
    }

    /** R1.7 and R1.9: the exam parts a partial vrijstelling or ontheffing takes out of the leerroute. */
    public Set<Examendeel> vrijgesteldeOnderdelen() {
        Set<Examendeel> delen = EnumSet.noneOf(Examendeel.class);
        vrijstellingen.stream()
                .filter(v -> v.omvang() == Vrijstelling.Omvang.GEDEELTELIJK)
                .forEach(v -> delen.addAll(v.examendelen()));
        return delen;
    }

    /** R1.11: false once the file is closed; a closed file stays readable. */
    public boolean actief() {
        return actief;
    }

    /** R1.11: the last closing while the file is closed; empty for an open file. */
    public Optional<Dossierafsluiting> afsluiting() {
        if (actief || afsluitingen.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(afsluitingen.getLast());
    }

    /** R1.11: every closing and reopening, oldest first. */
    public List<Dossierafsluiting> afsluitingen() {
        return List.copyOf(afsluitingen);
    }

    public InburgeraarFeiten feiten() {
        return new InburgeraarFeiten(
                id,
                bsn(),
                doelgroep,
                datumStartInburgeringsplicht,
                datumVestigingGemeente,
                inburgeringstermijn(),
                vrijgesteldeOnderdelen());
    }

    public Persoonsgegevens gegevens() {
        return new Persoonsgegevens(
                bsn,
                voornamen,
                geslachtsnaam,
                geboortedatum,
                doelgroep,
                datumStartInburgeringsplicht,
                datumVestigingGemeente,
                datumStartTermijnVaststellingLeerroute,
                adres().orElse(null));
    }

    /** The residential address, if the consulent entered one (later: from the BRP). */
    public Optional<Adres> adres() {
        return straat == null
                ? Optional.empty()
                : Optional.of(new Adres(
                        straat,
                        Objects.requireNonNull(huisnummer),
                        huisnummertoevoeging,
                        Objects.requireNonNull(postcode),
                        Objects.requireNonNull(woonplaats)));
    }

    public UUID id() {
        return id;
    }

    public Gemeentecode gemeentecode() {
        return new Gemeentecode(gemeentecode);
    }

    public Bsn bsn() {
        return new Bsn(bsn);
    }

    public String voornamen() {
        return voornamen;
    }

    public String geslachtsnaam() {
        return geslachtsnaam;
    }

    public String volledigeNaam() {
        return voornamen + " " + geslachtsnaam;
    }

    public LocalDate geboortedatum() {
        return geboortedatum;
    }

    public Doelgroep doelgroep() {
        return doelgroep;
    }

    public LocalDate datumStartInburgeringsplicht() {
        return datumStartInburgeringsplicht;
    }

    public @Nullable LocalDate datumVestigingGemeente() {
        return datumVestigingGemeente;
    }

    public @Nullable LocalDate datumStartTermijnVaststellingLeerroute() {
        return datumStartTermijnVaststellingLeerroute;
    }

    public Instant geregistreerdOp() {
        return geregistreerdOp;
    }

    public long versie() {
        return versie == null ? 0 : versie;
    }
}
