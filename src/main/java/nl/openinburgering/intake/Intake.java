package nl.openinburgering.intake;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import nl.openinburgering.shared.Gemeentecode;
import nl.openinburgering.shared.Leerroute;

/**
 * A person's warme overdracht and brede intake (R2.1: every inburgeringsplichtige, GZM and OVM included).
 * One per person; one version number guards all of it against a stale edit.
 */
@Table("intake")
public class Intake {

    @Id
    private final UUID id;

    private final String gemeentecode;
    private final UUID inburgeraarId;
    private @Nullable LocalDate koppelingsdatum;
    private @Nullable String azcLocatie;
    private @Nullable String coaContactpersoon;
    private @Nullable String coaTelefoon;
    private @Nullable String coaEmail;
    private @Nullable Overdrachtsscenario scenario;
    private @Nullable String onderwijs;
    private @Nullable Opleidingsniveau opleidingsniveau;
    private @Nullable String werkervaring;
    private @Nullable String gezondheid;
    private @Nullable String persoonlijkeOmstandigheden;
    private @Nullable String taalniveau;
    private @Nullable String digitaleVaardigheden;
    private @Nullable String diplomawaardering;
    private @Nullable String financien;
    private @Nullable String sociaalNetwerk;
    private @Nullable Hoofddoel hoofddoel;
    private @Nullable String ontwikkelwensen;
    private @Nullable String aandachtspunten;
    private @Nullable LocalDate lbtAanmeldingsdatum;
    private @Nullable LbtResultaat lbtResultaat;
    private @Nullable BigDecimal lbtBehaaldeScore;
    private @Nullable BigDecimal lbtBenodigdeScore;
    private @Nullable LbtOntheffing lbtOntheffing;
    private @Nullable String lbtOntheffingReden;
    private @Nullable Leerroute gekozenLeerroute;
    private @Nullable String keuzeReden;

    @MappedCollection(idColumn = "intake_id", keyColumn = "volgnummer")
    private final List<Gesprek> gesprekken;

    @MappedCollection(idColumn = "intake_id", keyColumn = "volgnummer")
    private final List<NietVerschenen> nietVerschenen;

    @Version
    private @Nullable Long versie;

    @PersistenceCreator
    Intake(
            UUID id,
            String gemeentecode,
            UUID inburgeraarId,
            @Nullable List<Gesprek> gesprekken,
            @Nullable List<NietVerschenen> nietVerschenen,
            @Nullable Long versie) {
        this.id = id;
        this.gemeentecode = gemeentecode;
        this.inburgeraarId = inburgeraarId;
        this.gesprekken = new ArrayList<>(gesprekken == null ? List.of() : gesprekken);
        this.nietVerschenen = new ArrayList<>(nietVerschenen == null ? List.of() : nietVerschenen);
        this.versie = versie;
    }

    static Intake nieuw(Gemeentecode gemeente, UUID inburgeraarId) {
        return new Intake(UUID.randomUUID(), gemeente.waarde(), inburgeraarId, List.of(), List.of(), null);
    }

    /** R12.2, R12.4, R12.5: records the handover; valid before the person is housed. */
    void legOverdrachtVast(Overdracht overdracht, LocalDate vandaag) {
        overdracht.nietInToekomst(vandaag);
        koppelingsdatum = overdracht.koppelingsdatum();
        azcLocatie = overdracht.azcLocatie();
        coaContactpersoon = overdracht.coaContactpersoon();
        coaTelefoon = overdracht.coaTelefoon();
        coaEmail = overdracht.coaEmail();
        scenario = overdracht.scenario();
    }

    /** R2.1, R12.6: adds a held conversation. */
    Gesprek voegGesprekToe(Gesprek.Gespreksverslag verslag, LocalDate vandaag) {
        Gesprek gesprek = Gesprek.nieuw(gesprekken.size(), gemeentecode, verslag, vandaag);
        gesprekken.add(gesprek);
        return gesprek;
    }

    /** R2.2: replaces the findings per leefgebied. */
    void legBevindingenVast(Bevindingen b) {
        onderwijs = b.onderwijs();
        opleidingsniveau = b.opleidingsniveau();
        werkervaring = b.werkervaring();
        gezondheid = b.gezondheid();
        persoonlijkeOmstandigheden = b.persoonlijkeOmstandigheden();
        taalniveau = b.taalniveau();
        digitaleVaardigheden = b.digitaleVaardigheden();
        diplomawaardering = b.diplomawaardering();
        financien = b.financien();
        sociaalNetwerk = b.sociaalNetwerk();
        hoofddoel = b.hoofddoel();
        ontwikkelwensen = b.ontwikkelwensen();
        aandachtspunten = b.aandachtspunten();
    }

    /** R2.4, R1.10: records the LBT result or the exemption from it. */
    void legLeerbaarheidstoetsVast(Leerbaarheidstoets lbt, LocalDate vandaag) {
        lbt.nietInToekomst(vandaag);
        lbtAanmeldingsdatum = lbt.aanmeldingsdatum();
        lbtResultaat = lbt.resultaat();
        lbtBehaaldeScore = lbt.behaaldeScore();
        lbtBenodigdeScore = lbt.benodigdeScore();
        lbtOntheffing = lbt.ontheffing();
        lbtOntheffingReden = lbt.ontheffingReden();
    }

    /** Records that the person did not appear at an intake appointment. */
    NietVerschenen registreerNietVerschenen(
            @Nullable LocalDate datum,
            @Nullable Afspraaksoort afspraak,
            boolean geldigeReden,
            @Nullable String toelichting,
            LocalDate vandaag) {
        NietVerschenen registratie = NietVerschenen.nieuw(
                nietVerschenen.size(), gemeentecode, datum, afspraak, geldigeReden, toelichting, vandaag);
        nietVerschenen.add(registratie);
        return registratie;
    }

    /** R2.4: the consulent's choice; a deviation from the LBT needs a reason. */
    void kiesLeerroute(@Nullable Leerroute leerroute, @Nullable String reden) {
        Routekeuze keuze = Routekeuze.maak(leerroute, reden, leerbaarheidstoets());
        gekozenLeerroute = keuze.leerroute();
        keuzeReden = keuze.reden();
    }

    public Overdracht overdracht() {
        return new Overdracht(koppelingsdatum, azcLocatie, coaContactpersoon, coaTelefoon, coaEmail, scenario);
    }

    public Bevindingen bevindingen() {
        return new Bevindingen(
                onderwijs,
                opleidingsniveau,
                werkervaring,
                gezondheid,
                persoonlijkeOmstandigheden,
                taalniveau,
                digitaleVaardigheden,
                diplomawaardering,
                financien,
                sociaalNetwerk,
                hoofddoel,
                ontwikkelwensen,
                aandachtspunten);
    }

    public Leerbaarheidstoets leerbaarheidstoets() {
        return new Leerbaarheidstoets(
                lbtAanmeldingsdatum,
                lbtResultaat,
                lbtBehaaldeScore,
                lbtBenodigdeScore,
                lbtOntheffing,
                lbtOntheffingReden);
    }

    public Optional<Routekeuze> routekeuze() {
        return Optional.ofNullable(gekozenLeerroute).map(route -> new Routekeuze(route, keuzeReden));
    }

    public List<Gesprek> gesprekken() {
        return List.copyOf(gesprekken);
    }

    public List<NietVerschenen> nietVerschenen() {
        return List.copyOf(nietVerschenen);
    }

    public UUID id() {
        return id;
    }

    public UUID inburgeraarId() {
        return inburgeraarId;
    }

    public long versie() {
        return versie == null ? 0 : versie;
    }
}
