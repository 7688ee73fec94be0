package nl.openinburgering.handhaving;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.openinburgering.aanbieder.Afwezigheid;
import nl.openinburgering.aanbieder.UrenOverzicht;
import nl.openinburgering.handhaving.HandhavingsbriefVerstuurd.Brief;
import nl.openinburgering.handhaving.internal.BeleidOpslag;
import nl.openinburgering.handhaving.internal.HandhavingOpslag;
import nl.openinburgering.inburgeraar.Doelgroep;
import nl.openinburgering.inburgeraar.InburgeraarBeheer;
import nl.openinburgering.inburgeraar.InburgeraarFeiten;
import nl.openinburgering.intake.IntakeBeheer;
import nl.openinburgering.intake.NietVerschenen;
import nl.openinburgering.pip.Pip;
import nl.openinburgering.pip.PipBeheer;
import nl.openinburgering.platform.Gebruiker;
import nl.openinburgering.platform.HuidigeGebruiker;
import nl.openinburgering.platform.Rol;
import nl.openinburgering.platform.Tenant;
import nl.openinburgering.platform.Verwerkingsactiviteit;
import nl.openinburgering.platform.Verwerkingsactiviteit.Handeling;
import nl.openinburgering.platform.Verwerkingsactiviteit.Uitkomst;
import nl.openinburgering.platform.Verwerkingslog;
import nl.openinburgering.shared.Gemeentecode;
import nl.openinburgering.shared.NietGevonden;
import nl.openinburgering.shared.NietToegestaan;
import nl.openinburgering.shared.OngeldigeInvoer;
import nl.openinburgering.shared.Vandaag;
import nl.openinburgering.shared.Veldfout;

/**
 * The handhavingszaken of the user's gemeente (R9.1–R9.5, D1). The consulent opens a case and takes the steps up
 * to the proposal; the teamleider fixes the boetebeschikking (four eyes); the functioneel beheerder sets the
 * policy. Every read and change of a case is logged; another gemeente's person or case is not found (404).
 */
@Service
@Transactional
public class HandhavingBeheer {

    /** Who made a referral the system made on an event (R7.4). */
    static final String SYSTEEM = "systeem (machtiging geweigerd)";

    private final HandhavingOpslag zaken;
    private final BeleidOpslag beleid;
    private final InburgeraarBeheer inburgeraars;
    private final PipBeheer pips;
    private final UrenOverzicht uren;
    private final IntakeBeheer intakes;
    private final Verwerkingslog verwerkingslog;
    private final Clock klok;
    private final ApplicationEventPublisher gebeurtenissen;

    HandhavingBeheer(
            HandhavingOpslag zaken,
            BeleidOpslag beleid,
            InburgeraarBeheer inburgeraars,
            PipBeheer pips,
            UrenOverzicht uren,
            IntakeBeheer intakes,
            Verwerkingslog verwerkingslog,
            Clock klok,
            ApplicationEventPublisher gebeurtenissen) {
        this.zaken = zaken;
        this.beleid = beleid;
        this.inburgeraars = inburgeraars;
        this.pips = pips;
        this.uren = uren;
        this.intakes = intakes;
        this.verwerkingslog = verwerkingslog;
        this.klok = klok;
        this.gebeurtenissen = gebeurtenissen;
    }

    /** D1: the gemeente's policy, or the seed's defaults while none is set. */
    @Transactional(readOnly = true)
    public Boetebeleid beleid() {
        return beleid.beleid(gemeente()).orElse(Boetebeleid.STANDAARD);
    }

    /** D1: the functioneel beheerder sets the policy; the record itself keeps it within R9.2. */
    public void stelBeleidIn(Boetebeleid nieuw) {
        Gebruiker gebruiker = vereisRol(Rol.FUNCTIONEEL_BEHEERDER);
        beleid.stelIn(gemeente(), nieuw, gebruiker.gebruikersnaam());
    }

    /** A person's cases, referrals and linkable evidence (a logged read). */
    public Handhavingsdossier dossier(UUID inburgeraarId) {
        InburgeraarFeiten persoon = inburgeraars.feiten(inburgeraarId);
        Handhavingsdossier dossier = new Handhavingsdossier(
                inburgeraarId,
                persoon.doelgroep() == Doelgroep.ASIELSTATUSHOUDER,
                zaken.vanPersoon(gemeente(), inburgeraarId),
                beleid.verwijzingen(gemeente(), List.of(inburgeraarId), false),
                beschikbaarBewijs(inburgeraarId));
        verwerkingslog.gelezen(Verwerkingsactiviteit.HANDHAVING_RAADPLEGEN, List.of(persoon.bsn()));
        return dossier;
    }

    /** The person's cases without the evidence that may be linked, for the letters in the own portal (a logged read). */
    public List<Zaakgegevens> zaken(UUID inburgeraarId) {
        InburgeraarFeiten persoon = inburgeraars.feiten(inburgeraarId);
        List<Zaakgegevens> gevonden = zaken.vanPersoon(gemeente(), inburgeraarId);
        verwerkingslog.gelezen(Verwerkingsactiviteit.HANDHAVING_RAADPLEGEN, List.of(persoon.bsn()));
        return gevonden;
    }

    /** One case (a logged read). */
    public Zaakgegevens zaak(UUID inburgeraarId, UUID zaakId) {
        InburgeraarFeiten persoon = inburgeraars.feiten(inburgeraarId);
        Zaakgegevens zaak = vind(inburgeraarId, zaakId).gegevens();
        verwerkingslog.gelezen(Verwerkingsactiviteit.HANDHAVING_RAADPLEGEN, List.of(persoon.bsn()));
        return zaak;
    }

    /** Opens a case (R9.1, R9.2, R9.4; see {@link Handhavingszaak#open}); the evidence is looked up by id. */
    public Zaakgegevens open(UUID inburgeraarId, NieuweZaak nieuw) {
        Gebruiker consulent = vereisRol(Rol.CONSULENT);
        InburgeraarFeiten persoon = inburgeraars.feiten(inburgeraarId);
        if (nieuw.grond() == null) {
            throw new OngeldigeInvoer(new Veldfout("grond", "verplicht", "Kies de grond: brede intake of PIP."));
        }
        UUID pipId = nieuw.grond() == Grond.PIP
                ? pips.huidigeVastgesteld(inburgeraarId).map(Pip::id).orElse(null)
                : null;
        Zaakgegevens.Kern kern = new Zaakgegevens.Kern(
                UUID.randomUUID(),
                gemeente(),
                inburgeraarId,
                nieuw.grond(),
                pipId,
                nieuw.grond() == Grond.PIP ? nieuw.afspraak() : null,
                nieuw.overtredingsdatums().stream().sorted().toList(),
                vandaag(),
                consulent.gebruikersnaam());
        Handhavingszaak zaak = Handhavingszaak.open(kern, bewijs(inburgeraarId, nieuw), vandaag());
        zaken.voegToe(zaak.gegevens());
        vastgelegd(persoon, Handeling.AANMAKEN);
        return zaken.zaak(gemeente(), inburgeraarId, zaak.id()).orElseThrow();
    }

    private static final List<Rol> CONSULENT = List.of(Rol.CONSULENT);

    public Zaakgegevens legGesprekVast(
            UUID inburgeraarId, UUID zaakId, LocalDate datum, String notities, boolean verschoonbaar) {
        return wijzig(
                inburgeraarId,
                zaakId,
                CONSULENT,
                (zaak, wie) -> zaak.legGesprekVast(datum, notities, verschoonbaar, vandaag()));
    }

    public Zaakgegevens verstuurWaarschuwing(UUID inburgeraarId, UUID zaakId, LocalDate datum) {
        int termijn = beleid().waarschuwingstermijnDagen();
        return verstuurd(
                Brief.WAARSCHUWING,
                wijzig(
                        inburgeraarId,
                        zaakId,
                        CONSULENT,
                        (zaak, wie) -> zaak.verstuurWaarschuwing(datum, termijn, vandaag())));
    }

    /** R9.5: proportionality and what was tried first, before the voornemen. */
    public Zaakgegevens legEvenredigheidVast(
            UUID inburgeraarId, UUID zaakId, String motivering, String eerderGeprobeerd) {
        return wijzig(
                inburgeraarId,
                zaakId,
                CONSULENT,
                (zaak, wie) -> zaak.legEvenredigheidVast(motivering, eerderGeprobeerd));
    }

    /**
     * The voornemen with the computed amount: R9.1 the fixed €250 for the intake, or D1/R9.2 the ladder step of the
     * person's how-many-th PIP fine times the culpability percentage, never above €800.
     */
    public Zaakgegevens verstuurVoornemen(
            UUID inburgeraarId, UUID zaakId, LocalDate datum, @Nullable Verwijtbaarheidsgraad verwijtbaarheid) {
        Boetebeleid b = beleid();
        return verstuurd(Brief.VOORNEMEN, wijzig(inburgeraarId, zaakId, CONSULENT, (zaak, wie) -> {
            Grond grond = zaak.gegevens().kern().grond();
            int herhaling = zaken.eerdereBoetes(gemeente(), inburgeraarId, grond) + 1;
            if (grond == Grond.PIP && verwijtbaarheid == null) {
                throw new OngeldigeInvoer(new Veldfout("verwijtbaarheid", "D1", "Kies de mate van verwijtbaarheid."));
            }
            Boeteberekening berekening = verwijtbaarheid == null || grond == Grond.INTAKE
                    ? Boeteberekening.intake(herhaling)
                    : Boeteberekening.pip(herhaling, verwijtbaarheid, b);
            zaak.verstuurVoornemen(datum, berekening, b.zienswijzetermijnDagen(), vandaag());
        }));
    }

    public Zaakgegevens legZienswijzeVast(
            UUID inburgeraarId, UUID zaakId, LocalDate datum, Zienswijzevorm vorm, String inhoud) {
        return wijzig(
                inburgeraarId,
                zaakId,
                CONSULENT,
                (zaak, wie) -> zaak.legZienswijzeVast(datum, vorm, inhoud, vandaag()));
    }

    /** The proposal of the boetebeschikking, moderated under R9.3 when a ground or an amount is given. */
    public Zaakgegevens stelBoeteVoor(
            UUID inburgeraarId,
            UUID zaakId,
            LocalDate datum,
            String motivering,
            @Nullable Matigingsgrond matigingsgrond,
            @Nullable String matigingsreden,
            @Nullable BigDecimal gematigdBedrag) {
        return wijzig(inburgeraarId, zaakId, CONSULENT, (zaak, wie) -> {
            Matiging matiging = null;
            if (matigingsgrond != null || gematigdBedrag != null) {
                BigDecimal berekend =
                        zaak.voornemen().map(v -> v.berekening().bedrag()).orElse(BigDecimal.ZERO);
                matiging = Matiging.van(
                        matigingsgrond,
                        matigingsreden == null ? "" : matigingsreden,
                        gematigdBedrag == null ? berekend : gematigdBedrag,
                        berekend);
            }
            zaak.stelBoeteVoor(datum, motivering, matiging, wie.gebruikersnaam(), vandaag());
        });
    }

    /** Four eyes: the teamleider fixes the boetebeschikking, and never the one who proposed it. */
    public Zaakgegevens stelBoeteVast(UUID inburgeraarId, UUID zaakId, LocalDate datum) {
        return verstuurd(
                Brief.BOETEBESCHIKKING,
                wijzig(
                        inburgeraarId,
                        zaakId,
                        List.of(Rol.TEAMLEIDER),
                        (zaak, wie) -> zaak.stelBoeteVast(datum, wie.gebruikersnaam(), vandaag())));
    }

    public Zaakgegevens besluitGeenBoete(UUID inburgeraarId, UUID zaakId, LocalDate datum, String reden) {
        return verstuurd(
                Brief.GEEN_BOETE,
                wijzig(
                        inburgeraarId,
                        zaakId,
                        List.of(Rol.CONSULENT, Rol.TEAMLEIDER),
                        (zaak, wie) -> zaak.besluitGeenBoete(datum, reden, wie.gebruikersnaam(), vandaag())));
    }

    /** R9.5: the payment state; offsetting only when the gemeente's verordening allows it. */
    public Zaakgegevens wijzigBetaalstatus(UUID inburgeraarId, UUID zaakId, Betaalstatus status) {
        boolean verrekenen = beleid().verrekenenToegestaan();
        return wijzig(
                inburgeraarId,
                zaakId,
                List.of(Rol.TEAMLEIDER, Rol.FINANCIELE_ADMINISTRATIE),
                (zaak, wie) -> zaak.wijzigBetaalstatus(status, verrekenen, vandaag()));
    }

    /** R9.4, R7.4: refers a Participatiewet breach to the inkomensconsulent with the facts; no Wi2021 fine. */
    public PwVerwijzing verwijsNaarInkomensconsulent(UUID inburgeraarId, PipAfspraak afspraak, String feiten) {
        Gebruiker consulent = vereisRol(Rol.CONSULENT);
        InburgeraarFeiten persoon = inburgeraars.feiten(inburgeraarId);
        List<Veldfout> fouten = new ArrayList<>();
        if (afspraak == null || !afspraak.participatiewet()) {
            fouten.add(new Veldfout(
                    "afspraak",
                    "R9.4",
                    "Verwijs alleen een verplichting uit de Participatiewet of de machtiging voor ontzorgen."));
        }
        if (feiten == null || feiten.isBlank()) {
            fouten.add(new Veldfout("feiten", "verplicht", "Beschrijf de feiten voor de inkomensconsulent."));
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
        PwVerwijzing verwijzing = new PwVerwijzing(
                UUID.randomUUID(),
                inburgeraarId,
                afspraak,
                feiten.strip(),
                vandaag(),
                consulent.gebruikersnaam(),
                false);
        beleid.verwijs(gemeente(), verwijzing);
        vastgelegd(persoon, Handeling.AANMAKEN);
        return verwijzing;
    }

    /**
     * R7.4, R9.4: a refused machtiging for financieel ontzorgen is referred to the inkomensconsulent for afstemming
     * under art. 18 Pw, by the system (no user: called by {@link MachtigingListener} as the event's gemeente).
     * Idempotent: delivery is at least once, so a referral of this person for the machtiging dated on or after the
     * refusal covers it and nothing new is made. Not logged: no person reads or enters data here, and the
     * processing log names a user.
     *
     * @return whether a referral was made
     */
    boolean verwijsGeweigerdeMachtiging(UUID inburgeraarId, LocalDate weigering) {
        boolean alVerwezen = beleid.verwijzingen(gemeente(), List.of(inburgeraarId), false).stream()
                .anyMatch(v -> v.afspraak() == PipAfspraak.MACHTIGING_ONTZORGEN
                        && !v.datum().isBefore(weigering));
        if (alVerwezen) {
            return false;
        }
        beleid.verwijs(
                gemeente(),
                new PwVerwijzing(
                        UUID.randomUUID(),
                        inburgeraarId,
                        PipAfspraak.MACHTIGING_ONTZORGEN,
                        "De machtiging voor financieel ontzorgen is op %s geweigerd (ontzorging, R7.4)."
                                .formatted(weigering.format(DateTimeFormatter.ofPattern("d-M-yyyy"))),
                        vandaag().isBefore(weigering) ? weigering : vandaag(),
                        SYSTEEM,
                        false));
        return true;
    }

    /**
     * R7.4: per person, the date of the latest referral for a refused machtiging (open or taken up), so the
     * werkvoorraad shows one signal per refusal: the referral replaces the ontzorging's refusal signal. Ids and
     * dates only, not logged.
     */
    @Transactional(readOnly = true)
    public Map<UUID, LocalDate> machtigingsverwijzingen(@Nullable Collection<UUID> inburgeraarIds) {
        Map<UUID, LocalDate> laatste = new HashMap<>();
        for (PwVerwijzing v : beleid.verwijzingen(gemeente(), inburgeraarIds, false)) {
            if (v.afspraak() == PipAfspraak.MACHTIGING_ONTZORGEN) {
                laatste.merge(v.inburgeraarId(), v.datum(), (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        return laatste;
    }

    /** The open cases of the gemeente for the teamleider's overview, oldest first; ids and steps only. */
    @Transactional(readOnly = true)
    public List<Zaakgegevens> openZaken(int pagina, int grootte) {
        vereisRol(Rol.TEAMLEIDER);
        return zaken.open(gemeente(), Math.max(0, pagina), grootte);
    }

    @Transactional(readOnly = true)
    public int aantalOpenZaken() {
        return zaken.aantalOpen(gemeente());
    }

    /**
     * For the worklist: the steps that wait (warning term, zienswijze term, decision due) and the open Pw referrals
     * of the given persons (all when null). Not logged here: the worklist logs what it shows.
     */
    @Transactional(readOnly = true)
    public List<WachtendeStap> wachtendeStappen(@Nullable Collection<UUID> inburgeraarIds) {
        int beslistermijn = beleid().beslistermijnDagen();
        List<WachtendeStap> stappen = new ArrayList<>();
        for (Zaakgegevens z : zaken.openVan(gemeente(), inburgeraarIds)) {
            var w = z.waarschuwing();
            var v = z.voornemen();
            if (z.stap() == Stap.GEWAARSCHUWD && w != null) {
                stappen.add(stap(z, WachtendeStap.Soort.WAARSCHUWINGSTERMIJN, w.termijnEinde(), "R9.6"));
            } else if (z.stap() == Stap.VOORNEMEN && v != null) {
                stappen.add(stap(z, WachtendeStap.Soort.ZIENSWIJZETERMIJN, v.zienswijzetermijnEinde(), "R9.7"));
            } else if (v != null) {
                stappen.add(stap(
                        z,
                        WachtendeStap.Soort.BESLUIT,
                        v.datum().plusDays(beslistermijn),
                        z.kern().grond().regel()));
            }
        }
        for (PwVerwijzing p : beleid.verwijzingen(gemeente(), inburgeraarIds, true)) {
            stappen.add(new WachtendeStap(
                    p.inburgeraarId(),
                    p.id(),
                    WachtendeStap.Soort.PW_VERWIJZING,
                    p.datum().plusDays(7),
                    "R9.4"));
        }
        return stappen;
    }

    /** The imposed fines for the debiteurenadministratie (a logged read of every person listed). */
    public List<Boeteregel> boetes() {
        vereisRol(Rol.TEAMLEIDER, Rol.FINANCIELE_ADMINISTRATIE);
        List<Boeteregel> regels = new ArrayList<>();
        for (Zaakgegevens z : zaken.boetes(gemeente())) {
            InburgeraarFeiten persoon = inburgeraars.feiten(z.kern().inburgeraarId());
            var geadresseerde = inburgeraars.geadresseerde(persoon.id());
            regels.add(new Boeteregel(
                    z.id(),
                    kenmerk(z.id()),
                    persoon.bsn().waarde(),
                    geadresseerde.naam(),
                    geadresseerde
                            .adres()
                            .map(a -> a.straatregel() + ", " + a.postcoderegel())
                            .orElse(""),
                    z.kern().grond(),
                    java.util.Objects.requireNonNull(z.besluit()).datum(),
                    java.util.Objects.requireNonNull(z.bedrag()),
                    z.betaling() == null ? Betaalstatus.OPEN : z.betaling().status()));
            verwerkingslog.gelezen(Verwerkingsactiviteit.HANDHAVING_RAADPLEGEN, List.of(persoon.bsn()));
        }
        return regels;
    }

    /** The quarter's counts (aggregates, not logged). */
    @Transactional(readOnly = true)
    public Kwartaalcijfers kwartaal(int jaar, int kwartaal) {
        if (kwartaal < 1 || kwartaal > 4) {
            throw new OngeldigeInvoer(new Veldfout("kwartaal", "kwartaal.ongeldig", "Een kwartaal is 1, 2, 3 of 4."));
        }
        LocalDate vanaf = LocalDate.of(jaar, 3 * kwartaal - 2, 1);
        return zaken.kwartaal(gemeente(), jaar, kwartaal, vanaf, vanaf.plusMonths(3));
    }

    /** A reference without personal data, for letters and the export. */
    public static String kenmerk(UUID zaakId) {
        return "HH-" + zaakId.toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }

    /**
     * The step that produced a letter was stored: {@link HandhavingsbriefVerstuurd} goes out in the same
     * transaction (the JDBC event publication registry keeps it until portaal has reacted).
     */
    private Zaakgegevens verstuurd(Brief brief, Zaakgegevens zaak) {
        gebeurtenissen.publishEvent(new HandhavingsbriefVerstuurd(
                zaak.kern().id(), zaak.kern().inburgeraarId(), new Gemeentecode(gemeente()), brief));
        return zaak;
    }

    /** Finds the case first (another gemeente's: 404), then checks the role (403), then takes the step. */
    private Zaakgegevens wijzig(
            UUID inburgeraarId,
            UUID zaakId,
            List<Rol> rollen,
            java.util.function.BiConsumer<Handhavingszaak, Gebruiker> stap) {
        InburgeraarFeiten persoon = inburgeraars.feiten(inburgeraarId);
        Handhavingszaak zaak = vind(inburgeraarId, zaakId);
        Gebruiker gebruiker = vereisRol(rollen.toArray(Rol[]::new));
        stap.accept(zaak, gebruiker);
        zaken.bewaar(zaak.gegevens());
        vastgelegd(persoon, Handeling.WIJZIGEN);
        return zaken.zaak(gemeente(), inburgeraarId, zaakId).orElseThrow();
    }

    private Handhavingszaak vind(UUID inburgeraarId, UUID zaakId) {
        return zaken.zaak(gemeente(), inburgeraarId, zaakId)
                .map(Handhavingszaak::new)
                .orElseThrow(() -> new NietGevonden("Handhavingszaak"));
    }

    private List<Bewijs> beschikbaarBewijs(UUID inburgeraarId) {
        List<Bewijs> bewijs = new ArrayList<>();
        uren.afwezigheden(inburgeraarId).forEach(a -> bewijs.add(bewijs(a)));
        intakes.raadpleeg(inburgeraarId).nietVerschenen().forEach(n -> bewijs.add(bewijs(n)));
        return bewijs;
    }

    /** The evidence named by id, copied from its source; an id that is not the person's is a bad field. */
    private List<Bewijs> bewijs(UUID inburgeraarId, NieuweZaak nieuw) {
        List<Bewijs> beschikbaar = beschikbaarBewijs(inburgeraarId);
        List<Bewijs> gekozen = new ArrayList<>();
        List<String> gevraagd = new ArrayList<>();
        nieuw.urenregels().forEach(id -> gevraagd.add(Bewijs.Soort.URENREGEL + ":" + id));
        nieuw.nietVerschenen().forEach(nr -> gevraagd.add(Bewijs.Soort.NIET_VERSCHENEN + ":" + nr));
        for (String sleutel : gevraagd) {
            Bewijs gevonden = beschikbaar.stream()
                    .filter(b -> (b.soort() + ":" + b.verwijzing()).equals(sleutel))
                    .findFirst()
                    .orElseThrow(() -> new OngeldigeInvoer(new Veldfout(
                            "bewijs", "bewijs.onbekend", "Dit bewijs hoort niet bij deze inburgeraar: " + sleutel)));
            gekozen.add(gevonden);
        }
        return gekozen;
    }

    private static Bewijs bewijs(Afwezigheid a) {
        return new Bewijs(
                Bewijs.Soort.URENREGEL,
                Long.toString(a.regelId()),
                a.datum(),
                a.aanbiederNaam() + ": " + a.uren().stripTrailingZeros().toPlainString() + " uur "
                        + a.soort().name() + " afwezig (" + a.verzuimreden().name() + ")",
                a.verschoonbaar());
    }

    private static Bewijs bewijs(NietVerschenen n) {
        return new Bewijs(
                Bewijs.Soort.NIET_VERSCHENEN,
                Integer.toString(n.volgnummer()),
                n.datum(),
                "Niet verschenen: " + n.afspraak().name() + (n.geldigeReden() ? " (geldige reden)" : ""),
                n.geldigeReden());
    }

    private static WachtendeStap stap(Zaakgegevens z, WachtendeStap.Soort soort, LocalDate datum, String regel) {
        return new WachtendeStap(z.kern().inburgeraarId(), z.id(), soort, datum, regel);
    }

    private void vastgelegd(InburgeraarFeiten persoon, Handeling handeling) {
        verwerkingslog.vastleggen(
                Verwerkingsactiviteit.HANDHAVING_VASTLEGGEN, handeling, List.of(persoon.bsn()), Uitkomst.GELUKT);
    }

    private static Gebruiker vereisRol(Rol... rollen) {
        Gebruiker gebruiker = HuidigeGebruiker.vereist();
        for (Rol rol : rollen) {
            if (gebruiker.rol() == rol) {
                return gebruiker;
            }
        }
        throw new NietToegestaan("Deze stap is niet voor uw rol.");
    }

    private LocalDate vandaag() {
        return Vandaag.datum(klok);
    }

    private static String gemeente() {
        return Tenant.vereist().waarde();
    }
}
