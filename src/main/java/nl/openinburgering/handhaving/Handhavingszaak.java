package nl.openinburgering.handhaving;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.openinburgering.handhaving.Handhavingsgebeurtenis.BetaalstatusGewijzigd;
import nl.openinburgering.handhaving.Handhavingsgebeurtenis.BoeteVastgesteld;
import nl.openinburgering.handhaving.Handhavingsgebeurtenis.BoeteVoorgesteld;
import nl.openinburgering.handhaving.Handhavingsgebeurtenis.EvenredigheidVastgelegd;
import nl.openinburgering.handhaving.Handhavingsgebeurtenis.GeenBoeteBesloten;
import nl.openinburgering.handhaving.Handhavingsgebeurtenis.GesprekGevoerd;
import nl.openinburgering.handhaving.Handhavingsgebeurtenis.VoornemenVerstuurd;
import nl.openinburgering.handhaving.Handhavingsgebeurtenis.WaarschuwingVerstuurd;
import nl.openinburgering.handhaving.Handhavingsgebeurtenis.ZienswijzeVastgelegd;
import nl.openinburgering.shared.Conflict;
import nl.openinburgering.shared.NietToegestaan;
import nl.openinburgering.shared.OngeldigeInvoer;
import nl.openinburgering.shared.Veldfout;

/**
 * A handhavingszaak: one person, one ground (R9.1 intake or R9.2 PIP), the linked evidence, and its steps, each a
 * guarded method returning its event: gesprek → schriftelijke waarschuwing → voornemen with a term for a
 * zienswijze → zienswijze → proposal → boetebeschikking fixed by another person, or a decision not to fine.
 * Excused absence never leads on.
 */
public class Handhavingszaak {

    private final Zaakgegevens.Kern kern;
    private final List<Bewijs> bewijs;
    private Stap stap;
    private LocalDate stapSinds;
    private Zaakgegevens.@Nullable Gesprek gesprek;
    private Zaakgegevens.@Nullable Waarschuwing waarschuwing;
    private Zaakgegevens.@Nullable Evenredigheid evenredigheid;
    private Zaakgegevens.@Nullable Voornemen voornemen;
    private Zaakgegevens.@Nullable Zienswijze zienswijze;
    private Zaakgegevens.@Nullable Voorstel voorstel;
    private Zaakgegevens.@Nullable Besluit besluit;
    private Zaakgegevens.@Nullable Betaling betaling;
    private final long versie;

    public Handhavingszaak(Zaakgegevens g) {
        this.kern = g.kern();
        this.bewijs = new ArrayList<>(g.bewijs());
        this.stap = g.stap();
        this.stapSinds = g.stapSinds();
        this.gesprek = g.gesprek();
        this.waarschuwing = g.waarschuwing();
        this.evenredigheid = g.evenredigheid();
        this.voornemen = g.voornemen();
        this.zienswijze = g.zienswijze();
        this.voorstel = g.voorstel();
        this.besluit = g.besluit();
        this.betaling = g.betaling();
        this.versie = g.versie();
    }

    /**
     * Opens a case. R9.1/R9.2: at least one piece of evidence that is not excused (excused absence never leads on);
     * for R9.2 the breached agreement of the current PIP and the dates; R9.4: a Participatiewet obligation is not
     * fined under the Wi2021 but referred to the inkomensconsulent.
     */
    public static Handhavingszaak open(Zaakgegevens.Kern kern, List<Bewijs> bewijs, LocalDate vandaag) {
        List<Veldfout> fouten = new ArrayList<>();
        String regel = kern.grond().regel();
        if (kern.grond() == Grond.PIP) {
            if (kern.pipId() == null) {
                fouten.add(new Veldfout(
                        "pipId", regel, "Er is geen vastgesteld PIP; een PIP-afspraak kan niet geschonden zijn."));
            }
            if (kern.afspraak() == null) {
                fouten.add(new Veldfout("afspraak", regel, "Kies de afspraak uit het PIP die niet is nagekomen."));
            } else if (kern.afspraak().participatiewet()) {
                fouten.add(
                        new Veldfout(
                                "afspraak",
                                "R9.4",
                                "Dit is een verplichting uit de Participatiewet: verwijs naar de inkomensconsulent voor afstemming (art. 18 Pw), geen boete."));
            }
        }
        if (kern.overtredingsdatums().isEmpty()) {
            fouten.add(new Veldfout("overtredingsdatums", regel, "Vul de datum of data van de overtreding in."));
        } else if (kern.overtredingsdatums().stream().anyMatch(d -> d.isAfter(vandaag))) {
            fouten.add(new Veldfout("overtredingsdatums", regel, "Een overtreding ligt niet in de toekomst."));
        }
        if (bewijs.isEmpty()) {
            fouten.add(new Veldfout(
                    "bewijs", regel, "Koppel het bewijs: de afwezigheid bij de aanbieder of de gemiste afspraak."));
        } else if (bewijs.stream().allMatch(Bewijs::verschoonbaar)) {
            fouten.add(
                    new Veldfout(
                            "bewijs",
                            regel,
                            "Al het gekoppelde verzuim is verschoonbaar (ziek, afgemeld of met geldige reden): geen handhaving."));
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
        return new Handhavingszaak(new Zaakgegevens(
                kern, bewijs, Stap.GESPREK, vandaag, null, null, null, null, null, null, null, null, 0));
    }

    /**
     * The conversation to find the reason; when the reason excuses the breach, the case ends here. Steps may be
     * recorded afterwards, so a date lies between the breach (or the step before) and today.
     */
    public GesprekGevoerd legGesprekVast(LocalDate datum, String notities, boolean verschoonbaar, LocalDate vandaag) {
        vereisStap(Stap.GESPREK);
        List<Veldfout> fouten = new ArrayList<>();
        datumNa(fouten, "gesprekDatum", datum, kern.overtredingsdatums().getFirst(), vandaag);
        tekst(fouten, "gespreksnotities", notities, "Schrijf op wat het gesprek opleverde.");
        geldig(fouten);
        gesprek = new Zaakgegevens.Gesprek(datum, notities.strip(), verschoonbaar);
        naar(verschoonbaar ? Stap.VERSCHOOND : Stap.GESPREK_GEVOERD, datum);
        return new GesprekGevoerd(id(), datum, verschoonbaar);
    }

    /** The written warning, after a conversation that found no excuse; the term is the gemeente's policy. */
    public WaarschuwingVerstuurd verstuurWaarschuwing(LocalDate datum, int termijnDagen, LocalDate vandaag) {
        vereisStap(Stap.GESPREK_GEVOERD);
        List<Veldfout> fouten = new ArrayList<>();
        datumNa(fouten, "waarschuwingDatum", datum, gesprekDatum(), vandaag);
        geldig(fouten);
        waarschuwing = new Zaakgegevens.Waarschuwing(datum, datum.plusDays(termijnDagen));
        naar(Stap.GEWAARSCHUWD, datum);
        return new WaarschuwingVerstuurd(id(), datum, waarschuwing.termijnEinde());
    }

    /** R9.5: why a fine is proportionate and what was tried first; recorded before the voornemen. */
    public EvenredigheidVastgelegd legEvenredigheidVast(String motivering, String eerderGeprobeerd) {
        vereisStap(Stap.GEWAARSCHUWD);
        List<Veldfout> fouten = new ArrayList<>();
        tekst(fouten, "evenredigheid", motivering, "R9.5: schrijf op waarom een boete evenredig is.");
        tekst(fouten, "eerderGeprobeerd", eerderGeprobeerd, "R9.5: schrijf op wat eerst is geprobeerd.");
        geldig(fouten);
        evenredigheid = new Zaakgegevens.Evenredigheid(motivering.strip(), eerderGeprobeerd.strip());
        return new EvenredigheidVastgelegd(id());
    }

    /**
     * The voornemen tot boeteoplegging with a term for a zienswijze (R9.7: always offered). Only after the warning's
     * term passed (R9.6, local policy) and with the proportionality recorded (R9.5, a last resort).
     */
    public VoornemenVerstuurd verstuurVoornemen(
            LocalDate datum, Boeteberekening berekening, int zienswijzetermijnDagen, LocalDate vandaag) {
        vereisStap(Stap.GEWAARSCHUWD);
        List<Veldfout> fouten = new ArrayList<>();
        Zaakgegevens.Waarschuwing w = java.util.Objects.requireNonNull(waarschuwing);
        datumNa(fouten, "voornemenDatum", datum, w.datum(), vandaag);
        if (datum != null && datum.isBefore(w.termijnEinde())) {
            fouten.add(new Veldfout(
                    "voornemenDatum",
                    "R9.6",
                    "De termijn van de waarschuwing loopt tot " + w.termijnEinde() + "; stuur het voornemen daarna."));
        }
        if (evenredigheid == null) {
            fouten.add(new Veldfout(
                    "evenredigheid",
                    "R9.5",
                    "Leg eerst vast waarom een boete evenredig is en wat eerst is geprobeerd."));
        }
        geldig(fouten);
        voornemen = new Zaakgegevens.Voornemen(datum, datum.plusDays(zienswijzetermijnDagen), berekening);
        naar(Stap.VOORNEMEN, datum);
        return new VoornemenVerstuurd(id(), datum, voornemen.zienswijzetermijnEinde(), berekening.bedrag());
    }

    /** The zienswijze, written or oral, recorded while the voornemen stands. */
    public ZienswijzeVastgelegd legZienswijzeVast(
            LocalDate datum, Zienswijzevorm vorm, String inhoud, LocalDate vandaag) {
        vereisStap(Stap.VOORNEMEN);
        List<Veldfout> fouten = new ArrayList<>();
        datumNa(fouten, "zienswijzeDatum", datum, voornemenGegevens().datum(), vandaag);
        if (vorm == null) {
            fouten.add(new Veldfout("zienswijzeVorm", "verplicht", "Kies schriftelijk of mondeling."));
        }
        tekst(fouten, "zienswijze", inhoud, "Schrijf de zienswijze op.");
        geldig(fouten);
        zienswijze = new Zaakgegevens.Zienswijze(datum, vorm, inhoud.strip());
        naar(Stap.ZIENSWIJZE, datum);
        return new ZienswijzeVastgelegd(id(), datum, vorm);
    }

    /**
     * Proposes the boetebeschikking: after a zienswijze, or once the zienswijze term has passed without one
     * (R9.7). The amount is the voornemen's computation, or lower with a moderation (R9.3).
     */
    public BoeteVoorgesteld stelBoeteVoor(
            LocalDate datum, String motivering, @Nullable Matiging matiging, String door, LocalDate vandaag) {
        if (stap != Stap.VOORNEMEN && stap != Stap.ZIENSWIJZE) {
            throw verkeerdeStap();
        }
        Zaakgegevens.Voornemen v = voornemenGegevens();
        List<Veldfout> fouten = new ArrayList<>();
        datumNa(fouten, "voorstelDatum", datum, v.datum(), vandaag);
        if (zienswijze == null && datum != null && datum.isBefore(v.zienswijzetermijnEinde())) {
            fouten.add(new Veldfout(
                    "voorstelDatum",
                    "R9.7",
                    "De termijn voor een zienswijze loopt tot " + v.zienswijzetermijnEinde()
                            + "; beslis daarna, of leg eerst de zienswijze vast."));
        }
        tekst(fouten, "motivering", motivering, "Schrijf de motivering van de boete op.");
        geldig(fouten);
        BigDecimal bedrag = matiging == null ? v.berekening().bedrag() : matiging.bedrag();
        voorstel = new Zaakgegevens.Voorstel(datum, door, motivering.strip(), matiging, bedrag);
        naar(Stap.VOORGESTELD, datum);
        return new BoeteVoorgesteld(id(), bedrag, matiging != null);
    }

    /** Four eyes: the boetebeschikking is fixed by another person than the one who proposed it. */
    public BoeteVastgesteld stelBoeteVast(LocalDate datum, String door, LocalDate vandaag) {
        vereisStap(Stap.VOORGESTELD);
        Zaakgegevens.Voorstel v = java.util.Objects.requireNonNull(voorstel);
        if (v.door().equals(door)) {
            throw new NietToegestaan("Wie de boete voorstelde, stelt haar niet zelf vast (vier ogen).");
        }
        List<Veldfout> fouten = new ArrayList<>();
        datumNa(fouten, "besluitDatum", datum, v.datum(), vandaag);
        geldig(fouten);
        besluit = new Zaakgegevens.Besluit(datum, door, null);
        betaling = new Zaakgegevens.Betaling(Betaalstatus.OPEN, datum);
        naar(Stap.BOETE_OPGELEGD, datum);
        return new BoeteVastgesteld(id(), kern.inburgeraarId(), kern.gemeentecode(), v.bedrag(), datum);
    }

    /** A decision not to fine, with its reason; possible at every step after the conversation until the fine. */
    public GeenBoeteBesloten besluitGeenBoete(LocalDate datum, String reden, String door, LocalDate vandaag) {
        if (!stap.open() || stap == Stap.GESPREK) {
            throw verkeerdeStap();
        }
        List<Veldfout> fouten = new ArrayList<>();
        datumNa(fouten, "besluitDatum", datum, stapSinds, vandaag);
        tekst(fouten, "reden", reden, "Schrijf op waarom er geen boete komt.");
        geldig(fouten);
        besluit = new Zaakgegevens.Besluit(datum, door, reden.strip());
        naar(Stap.GEEN_BOETE, datum);
        return new GeenBoeteBesloten(id(), datum);
    }

    /** R9.5: the payment state of an imposed fine; offsetting against bijstand only where the verordening allows. */
    public BetaalstatusGewijzigd wijzigBetaalstatus(
            Betaalstatus status, boolean verrekenenToegestaan, LocalDate vandaag) {
        vereisStap(Stap.BOETE_OPGELEGD);
        if (status == null) {
            throw new OngeldigeInvoer(new Veldfout("betaalstatus", "verplicht", "Kies de betaalstatus."));
        }
        if (status == Betaalstatus.VERREKEND && !verrekenenToegestaan) {
            throw new OngeldigeInvoer(new Veldfout(
                    "betaalstatus",
                    "R9.5",
                    "Verrekenen met bijstand kan alleen als de verordening van de gemeente het toestaat."));
        }
        betaling = new Zaakgegevens.Betaling(status, vandaag);
        return new BetaalstatusGewijzigd(id(), status);
    }

    public Zaakgegevens gegevens() {
        return new Zaakgegevens(
                kern,
                List.copyOf(bewijs),
                stap,
                stapSinds,
                gesprek,
                waarschuwing,
                evenredigheid,
                voornemen,
                zienswijze,
                voorstel,
                besluit,
                betaling,
                versie);
    }

    public UUID id() {
        return kern.id();
    }

    public Stap stap() {
        return stap;
    }

    public Optional<Zaakgegevens.Voornemen> voornemen() {
        return Optional.ofNullable(voornemen);
    }

    private Zaakgegevens.Voornemen voornemenGegevens() {
        return java.util.Objects.requireNonNull(voornemen);
    }

    private LocalDate gesprekDatum() {
        return java.util.Objects.requireNonNull(gesprek).datum();
    }

    private void naar(Stap nieuw, LocalDate sinds) {
        stap = nieuw;
        stapSinds = sinds;
    }

    private void vereisStap(Stap vereist) {
        if (stap != vereist) {
            throw verkeerdeStap();
        }
    }

    private Conflict verkeerdeStap() {
        return new Conflict(
                "handhaving.stap", "Deze stap kan nu niet: de zaak staat op '" + stap.omschrijving() + "'.");
    }

    private static void datumNa(
            List<Veldfout> fouten, String veld, @Nullable LocalDate datum, LocalDate vroegste, LocalDate vandaag) {
        if (datum == null) {
            fouten.add(new Veldfout(veld, "verplicht", "Vul de datum in."));
        } else if (datum.isAfter(vandaag)) {
            fouten.add(new Veldfout(veld, "datum.toekomst", "De datum ligt niet in de toekomst."));
        } else if (datum.isBefore(vroegste)) {
            fouten.add(
                    new Veldfout(veld, "datum.volgorde", "De datum ligt niet voor " + vroegste + ", de vorige stap."));
        }
    }

    private static void tekst(List<Veldfout> fouten, String veld, @Nullable String tekst, String melding) {
        if (tekst == null || tekst.isBlank()) {
            fouten.add(new Veldfout(veld, "verplicht", melding));
        }
    }

    private static void geldig(List<Veldfout> fouten) {
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
    }
}
