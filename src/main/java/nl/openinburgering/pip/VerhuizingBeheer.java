package nl.openinburgering.pip;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.openinburgering.inburgeraar.InburgeraarBeheer;
import nl.openinburgering.inburgeraar.InburgeraarFeiten;
import nl.openinburgering.pip.internal.HerkomstOpslag;
import nl.openinburgering.pip.internal.PipRepository;
import nl.openinburgering.platform.Tenant;
import nl.openinburgering.platform.Verwerkingsactiviteit;
import nl.openinburgering.platform.Verwerkingsactiviteit.Handeling;
import nl.openinburgering.platform.Verwerkingsactiviteit.Uitkomst;
import nl.openinburgering.platform.Verwerkingslog;
import nl.openinburgering.shared.Conflict;
import nl.openinburgering.shared.Vandaag;

/**
 * R3.12 and R3.4 after a move: the new gemeente records the previous gemeente's PIP. Its first PIP then keeps
 * that leerroute, and the inburgeringstermijn runs from the previous gemeente's first PIP, not from a new one.
 */
@Service
@Transactional
public class VerhuizingBeheer {

    private final HerkomstOpslag herkomst;
    private final PipRepository pips;
    private final InburgeraarBeheer inburgeraars;
    private final Verwerkingslog verwerkingslog;
    private final ApplicationEventPublisher gebeurtenissen;
    private final Clock klok;

    VerhuizingBeheer(
            HerkomstOpslag herkomst,
            PipRepository pips,
            InburgeraarBeheer inburgeraars,
            Verwerkingslog verwerkingslog,
            ApplicationEventPublisher gebeurtenissen,
            Clock klok) {
        this.gebeurtenissen = gebeurtenissen;
        this.herkomst = herkomst;
        this.pips = pips;
        this.inburgeraars = inburgeraars;
        this.verwerkingslog = verwerkingslog;
        this.klok = klok;
    }

    /**
     * Records where the person came from, as long as this gemeente has not fixed a PIP of its own (after that
     * the own PIPs count). R3.4: the term starts the day after the previous gemeente's first PIP, and a move
     * never moves it.
     */
    public Herkomst registreer(UUID inburgeraarId, Herkomst invoer) {
        InburgeraarFeiten persoon = inburgeraars.feiten(inburgeraarId);
        String gemeente = Tenant.vereist().waarde();
        Herkomst geldig = Herkomst.geldig(
                new Herkomst(
                        inburgeraarId,
                        invoer.vorigeGemeentecode(),
                        invoer.leerroute(),
                        invoer.niveau(),
                        invoer.dagtekeningEerstePip(),
                        invoer.dagtekeningHuidigePip(),
                        invoer.datumBesluitVerlenging(),
                        invoer.nieuweEinddatumTermijn()),
                gemeente,
                Vandaag.datum(klok));
        if (pips.findByInburgeraarIdAndGemeentecodeAndStatus(inburgeraarId, gemeente, PipStatus.VASTGESTELD)
                .isPresent()) {
            throw new Conflict(
                    "pip.al.vastgesteld",
                    "Deze gemeente heeft al een PIP vastgesteld; de herkomst telt dan niet meer mee.");
        }
        herkomst.bewaar(geldig, gemeente);
        gebeurtenissen.publishEvent(new HerkomstGeregistreerd(
                inburgeraarId,
                Tenant.vereist(),
                geldig.dagtekeningEerstePip(),
                geldig.verlenging().orElse(null)));
        verwerkingslog.vastleggen(
                Verwerkingsactiviteit.PIP_OPSTELLEN, Handeling.WIJZIGEN, List.of(persoon.bsn()), Uitkomst.GELUKT);
        return geldig;
    }

    /**
     * R3.12, R10.3: DUO announced that the person moved in with a PIP of the previous gemeente (SS121); the
     * system takes that PIP's leerroute and niveau and the term's start from DUO's PIP and Inburgeringstermijn
     * APIs, marked as DUO's ({@code bron = DUO}), logged as done by the {@code koppeling}. Nothing happens when
     * this gemeente has fixed a PIP of its own (those count then), or when the same herkomst is there already (a
     * repeated notification changes nothing twice).
     *
     * @return the herkomst taken over, empty when nothing changed
     */
    public Optional<Herkomst> overnemenVanDuo(UUID inburgeraarId, Herkomst vanDuo, String koppeling) {
        InburgeraarFeiten persoon = inburgeraars.feiten(inburgeraarId);
        String gemeente = Tenant.vereist().waarde();
        if (pips.findByInburgeraarIdAndGemeentecodeAndStatus(inburgeraarId, gemeente, PipStatus.VASTGESTELD)
                .isPresent()) {
            return Optional.empty();
        }
        Herkomst geldig = Herkomst.geldig(vanDuo, gemeente, Vandaag.datum(klok));
        if (herkomst.vind(inburgeraarId, gemeente).filter(geldig::equals).isPresent()) {
            return Optional.empty();
        }
        herkomst.bewaar(geldig, gemeente, "DUO");
        gebeurtenissen.publishEvent(new HerkomstGeregistreerd(
                inburgeraarId,
                Tenant.vereist(),
                geldig.dagtekeningEerstePip(),
                geldig.verlenging().orElse(null)));
        verwerkingslog.vastleggenAlsKoppeling(
                koppeling,
                Verwerkingsactiviteit.PIP_OPSTELLEN,
                Handeling.WIJZIGEN,
                List.of(persoon.bsn()),
                Uitkomst.GELUKT);
        return Optional.of(geldig);
    }

    /** R10.3: whether the herkomst of this person was taken over from DUO (true) rather than entered. */
    public boolean vanDuo(UUID inburgeraarId) {
        return herkomst.bron(inburgeraarId, Tenant.vereist().waarde())
                .filter("DUO"::equals)
                .isPresent();
    }

    public Optional<Herkomst> raadpleeg(UUID inburgeraarId) {
        InburgeraarFeiten persoon = inburgeraars.feiten(inburgeraarId);
        Optional<Herkomst> gevonden =
                herkomst.vind(inburgeraarId, Tenant.vereist().waarde());
        verwerkingslog.gelezen(Verwerkingsactiviteit.PIP_RAADPLEGEN, List.of(persoon.bsn()));
        return gevonden;
    }
}
