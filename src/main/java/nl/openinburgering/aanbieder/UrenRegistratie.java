package nl.openinburgering.aanbieder;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.openinburgering.aanbieder.internal.DeelnameOpslag;
import nl.openinburgering.aanbieder.internal.UrenOpslag;
import nl.openinburgering.inburgeraar.InburgeraarBeheer;
import nl.openinburgering.platform.HuidigeGebruiker;
import nl.openinburgering.platform.Tenant;
import nl.openinburgering.platform.Verwerkingsactiviteit;
import nl.openinburgering.platform.Verwerkingsactiviteit.Handeling;
import nl.openinburgering.shared.Conflict;
import nl.openinburgering.shared.NietGevonden;
import nl.openinburgering.shared.OngeldigeInvoer;
import nl.openinburgering.shared.Vandaag;

/**
 * Hour lines reported by a provider account, for its own deelnames only. A batch is stored whole or not at all,
 * in one transaction, under an idempotency key: the same key with the same lines gives the same upload again
 * and stores nothing twice; the same key with other lines is a conflict.
 */
@Service
@Transactional
public class UrenRegistratie {

    private final DeelnameOpslag deelnames;
    private final UrenOpslag uren;
    private final InburgeraarBeheer inburgeraars;
    private final DeelnameBeheer deelnameBeheer;
    private final Clock klok;

    UrenRegistratie(
            DeelnameOpslag deelnames,
            UrenOpslag uren,
            InburgeraarBeheer inburgeraars,
            DeelnameBeheer deelnameBeheer,
            Clock klok) {
        this.deelnames = deelnames;
        this.uren = uren;
        this.inburgeraars = inburgeraars;
        this.deelnameBeheer = deelnameBeheer;
        this.klok = klok;
    }

    /** The preview: every line checked against the provider's own deelnames; nothing is stored. */
    @Transactional(readOnly = true)
    public Urenbatch controleer(List<RuweUrenregel> regels) {
        UUID aanbieder = aanbieder();
        return Urenbatch.controleer(regels, eigenDeelnames(aanbieder, regels), Vandaag.datum(klok));
    }

    /**
     * R4.7: stores a batch of the current provider's hour lines. 400 ({@link OngeldigeInvoer}, see
     * {@link Urenbatch#vereistGoed}) with one problem per bad line, and then nothing is stored; 409 ({@link Conflict}) for a key reused with other lines.
     */
    public Upload registreer(UUID idempotentiesleutel, List<RuweUrenregel> regels) {
        UUID aanbieder = aanbieder();
        String hash = Urenbatch.hash(regels);
        // A retry is answered from the earlier upload, before the checks whose outcome may have changed since.
        var eerder = uren.upload(aanbieder, idempotentiesleutel);
        if (eerder.isPresent()) {
            return herhaling(eerder.get(), hash);
        }
        Map<UUID, Deelname> eigen = eigenDeelnames(aanbieder, regels);
        Urenbatch batch = Urenbatch.controleer(regels, eigen, Vandaag.datum(klok));
        batch.vereistGoed();
        Upload upload = new Upload(
                UUID.randomUUID(),
                idempotentiesleutel,
                batch.regels().size(),
                HuidigeGebruiker.vereist().gebruikersnaam(),
                klok.instant().truncatedTo(ChronoUnit.MILLIS));
        if (!uren.claimUpload(upload, aanbieder, hash)) {
            // A concurrent request with the same key won the race and has committed by now.
            return herhaling(uren.upload(aanbieder, idempotentiesleutel).orElseThrow(), hash);
        }
        uren.voegToe(upload.id(), aanbieder, batch.regels(), eigen);
        vastgelegd(batch.gemeld(upload.id(), aanbieder, eigen));
        return upload;
    }

    /** Logs the stored lines per person under the person's gemeente. */
    private void vastgelegd(List<UrenGemeld> gemeld) {
        Set<UUID> personen =
                gemeld.stream().flatMap(g -> g.inburgeraarIds().stream()).collect(Collectors.toSet());
        deelnameBeheer.logPerGemeente(
                Verwerkingsactiviteit.UREN_REGISTREREN, Handeling.AANMAKEN, inburgeraars.voorAanbieder(personen));
    }

    /**
     * When the current provider stored these very lines before (same content, whatever the file name), so the
     * portal can warn before the same hours are counted twice.
     */
    @Transactional(readOnly = true)
    public Optional<Instant> eerderIngelezen(List<RuweUrenregel> regels) {
        return uren.eerderIngelezen(aanbieder(), Urenbatch.hash(regels));
    }

    /** The current provider's latest uploads, newest first. */
    @Transactional(readOnly = true)
    public List<Upload> uploads(int aantal) {
        return uren.uploads(aanbieder(), aantal);
    }

    private Map<UUID, Deelname> eigenDeelnames(UUID aanbieder, List<RuweUrenregel> regels) {
        Set<UUID> ids = regels.stream()
                .map(RuweUrenregel::deelnameId)
                .map(UrenRegistratie::uuid)
                .filter(id -> id != null)
                .collect(Collectors.toSet());
        return deelnames.vanAanbieder(aanbieder, ids).stream()
                .collect(Collectors.toMap(Deelname::id, Function.identity()));
    }

    private static Upload herhaling(Map.Entry<Upload, String> eerder, String hash) {
        if (!eerder.getValue().equals(hash)) {
            throw new Conflict(
                    "idempotentiesleutel.hergebruikt",
                    "Deze Idempotency-Key is al gebruikt voor een andere set uurregels. Gebruik een nieuwe sleutel.");
        }
        return eerder.getKey();
    }

    private static UUID aanbieder() {
        return Tenant.huidigeAanbieder().orElseThrow(() -> new NietGevonden("Aanbieder"));
    }

    private static @Nullable UUID uuid(@Nullable String tekst) {
        try {
            return tekst == null ? null : UUID.fromString(tekst.strip());
        } catch (IllegalArgumentException fout) {
            return null;
        }
    }
}
