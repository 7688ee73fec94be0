package nl.openinburgering.ontzorging;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.openinburgering.inburgeraar.InburgeraarBeheer;
import nl.openinburgering.inburgeraar.InburgeraarFeiten;
import nl.openinburgering.ontzorging.internal.OntzorgingOpslag;
import nl.openinburgering.platform.HuidigeGebruiker;
import nl.openinburgering.platform.Rol;
import nl.openinburgering.platform.Tenant;
import nl.openinburgering.platform.Verwerkingsactiviteit;
import nl.openinburgering.platform.Verwerkingsactiviteit.Handeling;
import nl.openinburgering.platform.Verwerkingsactiviteit.Uitkomst;
import nl.openinburgering.platform.Verwerkingslog;
import nl.openinburgering.shared.Conflict;
import nl.openinburgering.shared.NietGevonden;
import nl.openinburgering.shared.NietToegestaan;
import nl.openinburgering.shared.OngeldigeInvoer;
import nl.openinburgering.shared.Vandaag;
import nl.openinburgering.shared.Veldfout;

/**
 * A person's ontzorging in the user's gemeente, for the consulent (the teamleider reads): the start for the
 * target group (R7.1), the machtiging (R7.4), the cost items (R7.2, R7.7), the six months (R7.3, D3) and the
 * hand-back per item (R7.6). Every read and change is logged; every change is a step in the history.
 */
@Service
@Transactional
public class OntzorgingBeheer {

    private static final Set<Rol> LEZERS = Set.of(Rol.CONSULENT, Rol.TEAMLEIDER);

    private final OntzorgingOpslag opslag;
    private final InburgeraarBeheer inburgeraars;
    private final Verwerkingslog verwerkingslog;
    private final ApplicationEventPublisher gebeurtenissen;
    private final Clock klok;

    OntzorgingBeheer(
            OntzorgingOpslag opslag,
            InburgeraarBeheer inburgeraars,
            Verwerkingslog verwerkingslog,
            ApplicationEventPublisher gebeurtenissen,
            Clock klok) {
        this.opslag = opslag;
        this.inburgeraars = inburgeraars;
        this.verwerkingslog = verwerkingslog;
        this.gebeurtenissen = gebeurtenissen;
        this.klok = klok;
    }

    /** The person's ontzorging, cost items and history (a logged read). */
    public OntzorgingDossier dossier(UUID inburgeraarId) {
        vereisRol(LEZERS);
        InburgeraarFeiten persoon = inburgeraars.feiten(inburgeraarId);
        verwerkingslog.gelezen(Verwerkingsactiviteit.ONTZORGING_RAADPLEGEN, List.of(persoon.bsn()));
        return dossier(persoon);
    }

    /**
     * R7.1: starts the ontzorging from the start of the bijstand, for the target group only; a second start is a
     * conflict (409).
     */
    public OntzorgingDossier start(
            UUID inburgeraarId, @Nullable Vergunning vergunning, @Nullable LocalDate startBijstand) {
        InburgeraarFeiten persoon = consulentVan(inburgeraarId);
        if (opslag.ontzorging(gemeente(), inburgeraarId).isPresent()) {
            throw new Conflict("ontzorging.bestaat", "Voor deze persoon loopt al een ontzorging.");
        }
        List<Veldfout> fouten = OntzorgingRegels.doelgroep(
                persoon.doelgroep(), persoon.datumStartInburgeringsplicht(), vergunning, startBijstand);
        if (!fouten.isEmpty() || vergunning == null || startBijstand == null) {
            throw new OngeldigeInvoer(fouten);
        }
        Ontzorging ontzorging = Ontzorging.start(inburgeraarId, Tenant.vereist(), startBijstand);
        opslag.voegToe(ontzorging, vergunning);
        stap(persoon, "GESTART", "Ontzorging gestart vanaf de start van de bijstand op " + startBijstand + ".");
        return dossier(persoon);
    }

    /** R7.4: signed or refused; a refusal publishes {@link MachtigingGeweigerd} for the art. 18 Pw referral. */
    public OntzorgingDossier legMachtigingVast(
            UUID inburgeraarId, @Nullable Machtiging status, @Nullable LocalDate datum) {
        InburgeraarFeiten persoon = consulentVan(inburgeraarId);
        Ontzorging ontzorging = ontzorging(inburgeraarId);
        Optional<MachtigingGeweigerd> geweigerd = ontzorging.legMachtigingVast(status, datum, Vandaag.datum(klok));
        opslag.bewaar(ontzorging);
        stap(
                persoon,
                "MACHTIGING_" + ontzorging.machtiging().name(),
                (geweigerd.isPresent() ? "Machtiging geweigerd op " : "Machtiging getekend op ") + datum + ".");
        geweigerd.ifPresent(gebeurtenissen::publishEvent);
        return dossier(persoon);
    }

    /** R7.2, R7.7: a fixed cost the gemeente pays from the bijstand, with the creditor's IBAN (mod 97). */
    public Kostenpost voegKostenpostToe(UUID inburgeraarId, NieuweKostenpost invoer) {
        InburgeraarFeiten persoon = consulentVan(inburgeraarId);
        Ontzorging ontzorging = ontzorging(inburgeraarId);
        if (ontzorging.beeindigd()) {
            throw new Conflict("ontzorging.beeindigd", "De ontzorging is al beëindigd.");
        }
        Kostenpost post = kostenpost(UUID.randomUUID(), invoer, ontzorging, Optional.empty());
        opslag.bewaarKostenpost(gemeente(), inburgeraarId, post);
        stap(persoon, "KOSTENPOST_TOEGEVOEGD", omschrijving(post) + " toegevoegd.");
        return post;
    }

    /**
     * R7.2: changes a cost item; a change of the amount after a payment run shows as a correction in the next run
     * ({@link Betaalrondes}). Last writer wins: the API has no version.
     */
    public Kostenpost wijzigKostenpost(UUID inburgeraarId, UUID postId, NieuweKostenpost invoer) {
        return wijzigKostenpost(inburgeraarId, postId, null, invoer);
    }

    /**
     * R7.2: changes a cost item as the consulent saw it at {@code geziendeVersie}: if someone else changed it since,
     * the change is refused (409 {@code versie.verouderd}) and nothing is overwritten. A change of the amount or the
     * months after a recorded payment run shows as a correction in the next run ({@link Betaalrondes}).
     */
    public Kostenpost wijzigKostenpost(
            UUID inburgeraarId, UUID postId, @Nullable Long geziendeVersie, NieuweKostenpost invoer) {
        InburgeraarFeiten persoon = consulentVan(inburgeraarId);
        Ontzorging ontzorging = ontzorging(inburgeraarId);
        Kostenpost huidig = post(inburgeraarId, postId);
        long versie = geziendeVersie == null ? huidig.versie() : geziendeVersie;
        if (versie != huidig.versie()) {
            throw verouderd();
        }
        Kostenpost nieuw = kostenpost(postId, invoer, ontzorging, huidig.overdracht());
        Kostenpost post = new Kostenpost(
                nieuw.id(),
                nieuw.soort(),
                nieuw.crediteurNaam(),
                nieuw.iban(),
                nieuw.kenmerk(),
                nieuw.bedragInCenten(),
                nieuw.startmaand(),
                nieuw.eindmaand(),
                nieuw.overdracht(),
                versie);
        if (!opslag.bewaarKostenpost(gemeente(), inburgeraarId, post)) {
            throw verouderd();
        }
        stap(persoon, "KOSTENPOST_GEWIJZIGD", omschrijving(post) + " gewijzigd (was " + euro(huidig) + ").");
        return post(inburgeraarId, postId);
    }

    /** One cost item of the person, for the consulent's edit form (a logged read). */
    public Kostenpost kostenpost(UUID inburgeraarId, UUID postId) {
        vereisRol(Set.of(Rol.CONSULENT));
        InburgeraarFeiten persoon = inburgeraars.feiten(inburgeraarId);
        verwerkingslog.gelezen(Verwerkingsactiviteit.ONTZORGING_RAADPLEGEN, List.of(persoon.bsn()));
        return post(inburgeraarId, postId);
    }

    /**
     * R7.2: the last month a recorded payment run paid (or corrected) this item, so the edit form can tell that a
     * change of the amount or the months will be a correction in the next run.
     */
    @Transactional(readOnly = true)
    public Optional<YearMonth> laatstBetaald(UUID inburgeraarId, UUID postId) {
        vereisRol(LEZERS);
        return opslag.laatstBetaald(gemeente(), post(inburgeraarId, postId).id());
    }

    /**
     * R7.6, D3: hands one item back to the person from {@code vanaf} (after the six months, R7.3), with the short
     * assessment of their financial self-reliance and the training followed.
     */
    public Kostenpost draagOver(
            UUID inburgeraarId,
            UUID postId,
            @Nullable YearMonth vanaf,
            @Nullable String beoordeling,
            @Nullable String budgetcursus) {
        InburgeraarFeiten persoon = consulentVan(inburgeraarId);
        Ontzorging ontzorging = ontzorging(inburgeraarId);
        Kostenpost post = post(inburgeraarId, postId);
        if (post.overgedragen()) {
            throw new Conflict("kostenpost.overgedragen", "Deze vaste last is al teruggegeven.");
        }
        ontzorging.vereistOverdrachtMogelijk(vanaf);
        if (beoordeling == null || beoordeling.isBlank()) {
            throw new OngeldigeInvoer(
                    new Veldfout("beoordeling", "R7.6", "Beschrijf kort hoe financieel zelfredzaam de persoon is."));
        }
        if (budgetcursus == null || budgetcursus.isBlank()) {
            throw new OngeldigeInvoer(new Veldfout("budgetcursus", "R7.6", "Vul de gevolgde training in (of 'geen')."));
        }
        Kostenpost overgedragen = new Kostenpost(
                post.id(),
                post.soort(),
                post.crediteurNaam(),
                post.iban(),
                post.kenmerk(),
                post.bedragInCenten(),
                post.startmaand(),
                post.eindmaand(),
                Optional.of(new Overdracht(
                        java.util.Objects.requireNonNull(vanaf), beoordeling.strip(), budgetcursus.strip())),
                post.versie());
        if (!opslag.bewaarKostenpost(gemeente(), inburgeraarId, overgedragen)) {
            throw verouderd();
        }
        stap(
                persoon,
                "KOSTENPOST_TERUGGEGEVEN",
                omschrijving(post) + " teruggegeven vanaf " + vanaf + ". Zelfredzaamheid: " + beoordeling.strip()
                        + " Training: " + budgetcursus.strip() + ".");
        return overgedragen;
    }

    /** R7.3, D3: longer than six months, with a reason. */
    public OntzorgingDossier verleng(UUID inburgeraarId, @Nullable LocalDate tot, @Nullable String reden) {
        InburgeraarFeiten persoon = consulentVan(inburgeraarId);
        Ontzorging ontzorging = ontzorging(inburgeraarId);
        ontzorging.verleng(tot, reden);
        opslag.bewaar(ontzorging);
        stap(
                persoon,
                "VERLENGD",
                "Verlengd tot " + tot + ". Reden: "
                        + ontzorging.verlengingReden().orElse("") + ".");
        return dossier(persoon);
    }

    /** R7.3, D3: ends the ontzorging; before the six months only because the bijstand ends. */
    public OntzorgingDossier beeindig(UUID inburgeraarId, @Nullable LocalDate datum, boolean bijstandEindigt) {
        InburgeraarFeiten persoon = consulentVan(inburgeraarId);
        Ontzorging ontzorging = ontzorging(inburgeraarId);
        ontzorging.beeindig(datum, bijstandEindigt);
        opslag.bewaar(ontzorging);
        stap(persoon, "BEEINDIGD", "Beëindigd per " + datum + (bijstandEindigt ? " omdat de bijstand eindigt." : "."));
        return dossier(persoon);
    }

    /**
     * For the worklist (R7.3, R7.4): the ontzorgingen of the given people, or of the whole gemeente, in one query.
     * Not logged here: the caller logs its own processing.
     */
    @Transactional(readOnly = true)
    public List<Ontzorgingsstand> stand(@Nullable Collection<UUID> inburgeraarIds) {
        return opslag.ontzorgingen(gemeente(), inburgeraarIds).stream()
                .map(o -> new Ontzorgingsstand(
                        o.inburgeraarId(),
                        o.startBijstand(),
                        o.minimumEinde(),
                        o.geplandEinde(),
                        o.beeindigd(),
                        o.verlengdTot().isPresent(),
                        o.machtiging(),
                        o.machtigingDatum()))
                .toList();
    }

    private OntzorgingDossier dossier(InburgeraarFeiten persoon) {
        return new OntzorgingDossier(
                persoon.id(),
                persoon.doelgroep(),
                opslag.ontzorging(gemeente(), persoon.id()),
                opslag.vergunning(gemeente(), persoon.id()),
                opslag.kostenposten(gemeente(), persoon.id()),
                opslag.historie(gemeente(), persoon.id()));
    }

    private Kostenpost kostenpost(
            UUID id, NieuweKostenpost invoer, Ontzorging ontzorging, Optional<Overdracht> overdracht) {
        List<Veldfout> fouten = OntzorgingRegels.kostenpost(invoer, ontzorging.startBijstand());
        if (!fouten.isEmpty()
                || invoer.soort() == null
                || invoer.crediteurNaam() == null
                || invoer.bedragInCenten() == null
                || invoer.startmaand() == null) {
            throw new OngeldigeInvoer(fouten);
        }
        String kenmerk = invoer.kenmerk() == null || invoer.kenmerk().isBlank()
                ? null
                : invoer.kenmerk().strip();
        return new Kostenpost(
                id,
                invoer.soort(),
                invoer.crediteurNaam().strip(),
                Iban.van(invoer.iban()),
                kenmerk,
                invoer.bedragInCenten(),
                invoer.startmaand(),
                Optional.ofNullable(invoer.eindmaand()),
                overdracht);
    }

    private Kostenpost post(UUID inburgeraarId, UUID postId) {
        return opslag.kostenposten(gemeente(), inburgeraarId).stream()
                .filter(p -> p.id().equals(postId))
                .findFirst()
                .orElseThrow(() -> new NietGevonden("Vaste last niet gevonden"));
    }

    private static Conflict verouderd() {
        return new Conflict(
                "versie.verouderd",
                "Iemand anders heeft deze vaste last intussen gewijzigd. Uw wijziging is niet opgeslagen; "
                        + "laad de vaste last opnieuw en voer de wijziging nogmaals in.");
    }

    private Ontzorging ontzorging(UUID inburgeraarId) {
        return opslag.ontzorging(gemeente(), inburgeraarId)
                .orElseThrow(() -> new Conflict("ontzorging.ontbreekt", "Start eerst de ontzorging."));
    }

    /** The facade refuses a change by anyone but the consulent (403), and another gemeente's person is 404. */
    private InburgeraarFeiten consulentVan(UUID inburgeraarId) {
        vereisRol(Set.of(Rol.CONSULENT));
        InburgeraarFeiten persoon = inburgeraars.feiten(inburgeraarId);
        verwerkingslog.vastleggen(
                Verwerkingsactiviteit.ONTZORGING_VASTLEGGEN,
                Handeling.WIJZIGEN,
                List.of(persoon.bsn()),
                Uitkomst.GELUKT);
        return persoon;
    }

    private void stap(InburgeraarFeiten persoon, String stap, String omschrijving) {
        opslag.stap(
                gemeente(),
                persoon.id(),
                stap,
                omschrijving,
                HuidigeGebruiker.vereist().gebruikersnaam());
    }

    private static String omschrijving(Kostenpost post) {
        return post.soort().name().charAt(0)
                + post.soort()
                        .name()
                        .substring(1)
                        .toLowerCase(java.util.Locale.ROOT)
                        .replace('_', ' ') + " aan " + post.crediteurNaam() + ", " + euro(post) + " per maand";
    }

    static String euro(Kostenpost post) {
        return Bedrag.euro(post.bedragInCenten());
    }

    static void vereisRol(Set<Rol> rollen) {
        Rol rol = HuidigeGebruiker.vereist().rol();
        if (!rollen.contains(rol)) {
            throw new NietToegestaan("Dit mag uw rol niet.");
        }
    }

    private static String gemeente() {
        return Tenant.vereist().waarde();
    }
}
