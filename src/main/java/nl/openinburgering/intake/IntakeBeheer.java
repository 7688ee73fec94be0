package nl.openinburgering.intake;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.openinburgering.inburgeraar.Inburgeraar;
import nl.openinburgering.inburgeraar.InburgeraarBeheer;
import nl.openinburgering.inburgeraar.InburgeraarFeiten;
import nl.openinburgering.intake.internal.IntakeRepository;
import nl.openinburgering.platform.Tenant;
import nl.openinburgering.platform.Verwerkingsactiviteit;
import nl.openinburgering.platform.Verwerkingsactiviteit.Handeling;
import nl.openinburgering.platform.Verwerkingsactiviteit.Uitkomst;
import nl.openinburgering.platform.Verwerkingslog;
import nl.openinburgering.shared.Conflict;
import nl.openinburgering.shared.Leerroute;
import nl.openinburgering.shared.Vandaag;

/**
 * Warme overdracht and brede intake, always within the user's gemeente and with a processing-log line. A
 * person without an intake yet has an empty one at version 0; the first change creates it.
 */
@Service
@Transactional
public class IntakeBeheer {

    private final IntakeRepository intakes;
    private final InburgeraarBeheer inburgeraars;
    private final Verwerkingslog verwerkingslog;
    private final Clock klok;

    IntakeBeheer(IntakeRepository intakes, InburgeraarBeheer inburgeraars, Verwerkingslog verwerkingslog, Clock klok) {
        this.intakes = intakes;
        this.inburgeraars = inburgeraars;
        this.verwerkingslog = verwerkingslog;
        this.klok = klok;
    }

    /**
     * The whole intake with its route advice. Reads the registry's file too (birth date, settlement date,
     * name), which the registry logs as a read of the dossier; this module logs the read of the intake.
     */
    public Intakedossier raadpleeg(UUID inburgeraarId) {
        Inburgeraar persoon = inburgeraars.raadpleeg(inburgeraarId);
        Optional<Intake> intake = vind(inburgeraarId);
        verwerkingslog.gelezen(Verwerkingsactiviteit.INTAKE_RAADPLEGEN, List.of(persoon.bsn()));
        Overdracht overdracht = intake.map(Intake::overdracht).orElse(Overdracht.LEEG);
        Bevindingen bevindingen = intake.map(Intake::bevindingen).orElse(Bevindingen.LEEG);
        Leerbaarheidstoets lbt = intake.map(Intake::leerbaarheidstoets).orElse(Leerbaarheidstoets.LEEG);
        return new Intakedossier(
                inburgeraarId,
                persoon.volledigeNaam(),
                persoon.datumVestigingGemeente(),
                overdracht,
                intake.map(Intake::gesprekken).orElse(List.of()),
                bevindingen,
                lbt,
                intake.map(Intake::nietVerschenen).orElse(List.of()),
                intake.flatMap(Intake::routekeuze),
                Routeadvies.bereken(lbt, bevindingen, persoon.geboortedatum(), Vandaag.datum(klok)),
                intake.map(Intake::versie).orElse(0L));
    }

    /** The chosen leerroute, for the PIP editor to prefill; the read is logged. */
    public Optional<Leerroute> gekozenLeerroute(UUID inburgeraarId) {
        InburgeraarFeiten persoon = inburgeraars.feiten(inburgeraarId);
        Optional<Leerroute> gekozen =
                vind(inburgeraarId).flatMap(Intake::routekeuze).map(Routekeuze::leerroute);
        verwerkingslog.gelezen(Verwerkingsactiviteit.INTAKE_RAADPLEGEN, List.of(persoon.bsn()));
        return gekozen;
    }

    /** R12.2, R12.4, R12.5. */
    public Intake legOverdrachtVast(UUID inburgeraarId, long geziendeVersie, Overdracht overdracht) {
        return wijzig(
                inburgeraarId, geziendeVersie, intake -> intake.legOverdrachtVast(overdracht, Vandaag.datum(klok)));
    }

    /** R2.2. */
    public Intake legBevindingenVast(UUID inburgeraarId, long geziendeVersie, Bevindingen bevindingen) {
        return wijzig(inburgeraarId, geziendeVersie, intake -> intake.legBevindingenVast(bevindingen));
    }

    /** R2.4, R1.10. */
    public Intake legLeerbaarheidstoetsVast(UUID inburgeraarId, long geziendeVersie, Leerbaarheidstoets lbt) {
        return wijzig(
                inburgeraarId, geziendeVersie, intake -> intake.legLeerbaarheidstoetsVast(lbt, Vandaag.datum(klok)));
    }

    /** R2.4: a choice against the LBT needs a reason. */
    public Intake kiesLeerroute(
            UUID inburgeraarId, long geziendeVersie, @Nullable Leerroute leerroute, @Nullable String reden) {
        return wijzig(inburgeraarId, geziendeVersie, intake -> intake.kiesLeerroute(leerroute, reden));
    }

    /** R2.1, R12.6: adds a conversation; adding needs no version, only a concurrent save is refused. */
    public Gesprek voegGesprekToe(UUID inburgeraarId, Gesprek.Gespreksverslag verslag) {
        Gesprek[] toegevoegd = new Gesprek[1];
        wijzig(inburgeraarId, null, intake -> toegevoegd[0] = intake.voegGesprekToe(verslag, Vandaag.datum(klok)));
        return toegevoegd[0];
    }

    public NietVerschenen registreerNietVerschenen(
            UUID inburgeraarId,
            @Nullable LocalDate datum,
            @Nullable Afspraaksoort afspraak,
            boolean geldigeReden,
            @Nullable String toelichting) {
        NietVerschenen[] geregistreerd = new NietVerschenen[1];
        wijzig(
                inburgeraarId,
                null,
                intake -> geregistreerd[0] = intake.registreerNietVerschenen(
                        datum, afspraak, geldigeReden, toelichting, Vandaag.datum(klok)));
        return geregistreerd[0];
    }

    private Intake wijzig(UUID inburgeraarId, @Nullable Long geziendeVersie, Consumer<Intake> wijziging) {
        InburgeraarFeiten persoon = inburgeraars.feiten(inburgeraarId);
        Intake intake = vind(inburgeraarId).orElse(null);
        long huidigeVersie = intake == null ? 0 : intake.versie();
        if (geziendeVersie != null && geziendeVersie != huidigeVersie) {
            throw verouderd();
        }
        try {
            if (intake == null) {
                // Inserted first and then updated: the first change moves the version past 0, so a second
                // writer who also saw the empty intake (version 0) gets a conflict instead of overwriting.
                intake = intakes.save(Intake.nieuw(Tenant.vereist(), inburgeraarId));
            }
            wijziging.accept(intake);
            intake = intakes.save(intake);
        } catch (OptimisticLockingFailureException | DuplicateKeyException gelijktijdig) {
            throw verouderd();
        }
        verwerkingslog.vastleggen(
                Verwerkingsactiviteit.INTAKE_VASTLEGGEN, Handeling.WIJZIGEN, List.of(persoon.bsn()), Uitkomst.GELUKT);
        return intake;
    }

    private Optional<Intake> vind(UUID inburgeraarId) {
        return intakes.findByInburgeraarIdAndGemeentecode(
                inburgeraarId, Tenant.vereist().waarde());
    }

    private static Conflict verouderd() {
        return new Conflict("versie.verouderd", "Iemand anders heeft de intake intussen gewijzigd; laad hem opnieuw.");
    }
}
