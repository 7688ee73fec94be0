package nl.openinburgering.ontzorging;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.openinburgering.inburgeraar.InburgeraarBeheer;
import nl.openinburgering.inburgeraar.Termijnfeiten;
import nl.openinburgering.ontzorging.Betaalregel.Regelsoort;
import nl.openinburgering.ontzorging.internal.BetaalrondeCsv;
import nl.openinburgering.ontzorging.internal.BetaalrondeOpslag;
import nl.openinburgering.ontzorging.internal.BetaalrondeOpslag.Betaald;
import nl.openinburgering.ontzorging.internal.BetaalrondeOpslag.Kop;
import nl.openinburgering.ontzorging.internal.BetaalrondeOpslag.PostMaand;
import nl.openinburgering.ontzorging.internal.OntzorgingOpslag;
import nl.openinburgering.ontzorging.internal.OntzorgingOpslag.PostVanPersoon;
import nl.openinburgering.ontzorging.internal.Pain001Bestand;
import nl.openinburgering.platform.HuidigeGebruiker;
import nl.openinburgering.platform.Rol;
import nl.openinburgering.platform.Tenant;
import nl.openinburgering.platform.Verwerkingsactiviteit;
import nl.openinburgering.platform.Verwerkingsactiviteit.Handeling;
import nl.openinburgering.platform.Verwerkingsactiviteit.Uitkomst;
import nl.openinburgering.platform.Verwerkingslog;
import nl.openinburgering.shared.Conflict;
import nl.openinburgering.shared.NietGevonden;
import nl.openinburgering.shared.OngeldigeInvoer;
import nl.openinburgering.shared.Vandaag;
import nl.openinburgering.shared.Veldfout;

/**
 * The monthly payment runs of the user's gemeente, for the financiële administratie only (R7.2, R7.3, R7.4): the
 * concept of a month (every item due, with a signed machtiging, within the ontzorging, not handed back), its
 * recording after review, and its export as SEPA {@code pain.001.001.09} and CSV. A month is paid once: recording
 * it again gives the same run (idempotent), and the database refuses a second run of the month and a second
 * regular payment of an item for a month. An item whose amount or months changed after it was paid shows as a
 * correction (the difference) in the next run.
 */
@Service
@Transactional
public class Betaalrondes {

    private static final Set<Rol> FINANCIEEL = Set.of(Rol.FINANCIELE_ADMINISTRATIE);

    private final OntzorgingOpslag ontzorgingen;
    private final BetaalrondeOpslag opslag;
    private final InburgeraarBeheer inburgeraars;
    private final Verwerkingslog verwerkingslog;
    private final Clock klok;

    Betaalrondes(
            OntzorgingOpslag ontzorgingen,
            BetaalrondeOpslag opslag,
            InburgeraarBeheer inburgeraars,
            Verwerkingslog verwerkingslog,
            Clock klok) {
        this.ontzorgingen = ontzorgingen;
        this.opslag = opslag;
        this.inburgeraars = inburgeraars;
        this.verwerkingslog = verwerkingslog;
        this.klok = klok;
    }

    /** The run of {@code maand} as it would be recorded now, or the recorded one if the month was paid. */
    public Betaalronde concept(@Nullable YearMonth maand) {
        OntzorgingBeheer.vereisRol(FINANCIEEL);
        YearMonth m = vereisMaand(maand);
        Optional<UUID> bestaand = opslag.rondeVan(gemeente(), m);
        if (bestaand.isPresent()) {
            return ronde(bestaand.get());
        }
        return metNamen(
                new Betaalronde(Optional.empty(), m, Optional.empty(), Optional.empty(), Optional.empty(), regels(m)));
    }

    /**
     * Records the reviewed run of {@code maand}. Idempotent: a month already recorded returns that run and pays
     * nothing again. Refused without the review confirmation or without any transfer.
     */
    public Betaalronde stelVast(@Nullable YearMonth maand, boolean gecontroleerd) {
        OntzorgingBeheer.vereisRol(FINANCIEEL);
        YearMonth m = vereisMaand(maand);
        Optional<UUID> bestaand = opslag.rondeVan(gemeente(), m);
        if (bestaand.isPresent()) {
            return ronde(bestaand.get());
        }
        if (!gecontroleerd) {
            throw new OngeldigeInvoer(new Veldfout(
                    "gecontroleerd", "betaalronde.controle", "Bevestig dat u de betalingen hebt gecontroleerd."));
        }
        List<Betaalregel> regels = regels(m);
        if (regels.stream().noneMatch(Betaalregel::overboeking)) {
            throw new OngeldigeInvoer(new Veldfout("maand", "betaalronde.leeg", "In deze maand is niets te betalen."));
        }
        UUID id;
        try {
            id = opslag.bewaar(gemeente(), m, HuidigeGebruiker.vereist().gebruikersnaam(), regels);
        } catch (DuplicateKeyException tegelijk) {
            throw new Conflict(
                    "betaalronde.bestaat", "Deze maand is zojuist al vastgesteld. Open de betaalronde opnieuw.");
        }
        return ronde(id);
    }

    /** A recorded run with its lines and the names of the people (a logged read). */
    public Betaalronde ronde(UUID id) {
        OntzorgingBeheer.vereisRol(FINANCIEEL);
        Kop kop = opslag.kop(gemeente(), id).orElseThrow(() -> new NietGevonden("Betaalronde niet gevonden"));
        return metNamen(new Betaalronde(
                Optional.of(kop.id()),
                kop.maand(),
                Optional.of(kop.vastgesteldDoor()),
                Optional.of(kop.vastgesteldOp()),
                kop.geexporteerdOp(),
                opslag.regels(gemeente(), id)));
    }

    /**
     * The number of transfers per month of the recorded runs of a year, for the begroting (the administration cost of
     * the ontzorging): counts only, no person, so not logged. For the financiële administratie and the
     * beleidsmedewerker.
     */
    @Transactional(readOnly = true)
    public java.util.Map<YearMonth, Long> betalingenPerMaand(int jaar) {
        OntzorgingBeheer.vereisRol(Set.of(Rol.FINANCIELE_ADMINISTRATIE, Rol.BELEIDSMEDEWERKER));
        return opslag.betalingenPerMaand(gemeente(), jaar);
    }

    /** The recorded runs, newest month first, a page at a time. */
    @Transactional(readOnly = true)
    public Page<BetaalrondeSamenvatting> rondes(Pageable pagina) {
        OntzorgingBeheer.vereisRol(FINANCIEEL);
        return new PageImpl<>(
                opslag.rondes(gemeente(), pagina.getPageSize(), pagina.getOffset()),
                pagina,
                opslag.aantalRondes(gemeente()));
    }

    /** The SEPA file of a recorded run; the first export is recorded. 409 without the gemeente's own account. */
    public String pain001(UUID id) {
        Betaalronde ronde = ronde(id);
        Debiteur debiteur = opslag.debiteur(gemeente())
                .orElseThrow(
                        () -> new Conflict(
                                "betaalronde.debiteur",
                                "De rekening van de gemeente (IBAN en BIC) is niet ingesteld; vraag de functioneel beheerder."));
        String bestand = Pain001Bestand.van(ronde, debiteur);
        opslag.geexporteerd(gemeente(), id);
        return bestand;
    }

    /** The run as CSV, every line including corrections. */
    public String csv(UUID id) {
        String bestand = BetaalrondeCsv.van(ronde(id));
        opslag.geexporteerd(gemeente(), id);
        return bestand;
    }

    /** The gemeente's own account for the SEPA file, if set. */
    @Transactional(readOnly = true)
    public Optional<Debiteur> debiteur() {
        return opslag.debiteur(gemeente());
    }

    private List<Betaalregel> regels(YearMonth maand) {
        Map<UUID, Ontzorging> perPersoon = ontzorgingen.ontzorgingen(gemeente(), null).stream()
                .collect(Collectors.toMap(Ontzorging::inburgeraarId, Function.identity()));
        Betaald betaald = opslag.betaald(gemeente());
        List<Betaalregel> regels = new ArrayList<>();
        for (PostVanPersoon pp : ontzorgingen.alleKostenposten(gemeente())) {
            Kostenpost post = pp.post();
            Ontzorging ontzorging = perPersoon.get(pp.inburgeraarId());
            if (ontzorging == null) {
                continue;
            }
            PostMaand deze = new PostMaand(post.id(), maand);
            if (ontzorging.betaaltIn(maand)
                    && post.verschuldigd(maand)
                    && !betaald.regulier().contains(deze)) {
                regels.add(regel(pp, maand, Regelsoort.REGULIER, post.bedragInCenten()));
            }
            betaald.totaal().entrySet().stream()
                    .filter(e -> e.getKey().kostenpostId().equals(post.id()))
                    .filter(e -> !e.getKey().maand().equals(maand))
                    .sorted(Comparator.comparing(e -> e.getKey().maand()))
                    .forEach(e -> {
                        YearMonth eerder = e.getKey().maand();
                        long verschil = (post.verschuldigd(eerder) ? post.bedragInCenten() : 0) - e.getValue();
                        if (verschil != 0) {
                            regels.add(regel(pp, eerder, Regelsoort.CORRECTIE, verschil));
                        }
                    });
        }
        return regels;
    }

    private static Betaalregel regel(PostVanPersoon pp, YearMonth maand, Regelsoort soort, long bedrag) {
        Kostenpost post = pp.post();
        return new Betaalregel(
                UUID.randomUUID(),
                post.id(),
                pp.inburgeraarId(),
                "",
                post.soort(),
                maand,
                soort,
                bedrag,
                post.crediteurNaam(),
                post.iban(),
                post.kenmerk());
    }

    /** The names for the review (no BSN), read in one query and logged as processing for the payment. */
    private Betaalronde metNamen(Betaalronde ronde) {
        Set<UUID> ids = ronde.regels().stream().map(Betaalregel::inburgeraarId).collect(Collectors.toSet());
        List<Termijnfeiten> feiten = inburgeraars.termijnfeiten(ids);
        Map<UUID, String> namen =
                feiten.stream().collect(Collectors.toMap(Termijnfeiten::id, Termijnfeiten::volledigeNaam));
        verwerkingslog.vastleggen(
                Verwerkingsactiviteit.BETAALRONDE_UITVOEREN,
                Handeling.LEZEN,
                feiten.stream().map(Termijnfeiten::bsn).toList(),
                Uitkomst.GELUKT);
        return new Betaalronde(
                ronde.id(),
                ronde.maand(),
                ronde.vastgesteldDoor(),
                ronde.vastgesteldOp(),
                ronde.geexporteerdOp(),
                ronde.regels().stream()
                        .map(r -> r.metPersoon(namen.getOrDefault(r.inburgeraarId(), "onbekend")))
                        .sorted(Comparator.comparing(Betaalregel::persoon)
                                .thenComparing(Betaalregel::maand)
                                .thenComparing(r -> r.kostensoort().ordinal()))
                        .toList());
    }

    /** A run for a month up to the next one (rent is paid ahead); not far in the future. */
    private YearMonth vereisMaand(@Nullable YearMonth maand) {
        YearMonth volgende = YearMonth.from(Vandaag.datum(klok)).plusMonths(1);
        if (maand == null || maand.isAfter(volgende)) {
            throw new OngeldigeInvoer(
                    new Veldfout("maand", "betaalronde.maand", "Kies een maand, uiterlijk " + volgende + "."));
        }
        return maand;
    }

    private static String gemeente() {
        return Tenant.vereist().waarde();
    }
}
