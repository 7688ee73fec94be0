package nl.openinburgering.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import nl.openinburgering.inburgeraar.Doelgroep;
import nl.openinburgering.inburgeraar.InburgeraarBeheer;
import nl.openinburgering.inburgeraar.Termijnfeiten;
import nl.openinburgering.ontzorging.Kostenpost;
import nl.openinburgering.ontzorging.Kostensoort;
import nl.openinburgering.ontzorging.Machtiging;
import nl.openinburgering.ontzorging.NieuweKostenpost;
import nl.openinburgering.ontzorging.OntzorgingBeheer;
import nl.openinburgering.ontzorging.OntzorgingRegels;
import nl.openinburgering.ontzorging.Vergunning;
import nl.openinburgering.platform.Tenant;
import nl.openinburgering.shared.Vandaag;

import static nl.openinburgering.demo.DemoGebruiker.alsConsulent;

/**
 * Demo profile only: financieel ontzorgen for four Dalfsen statushouders (the gemeente of the demo account
 * {@code financieel.dalfsen}), through {@link OntzorgingBeheer} as the demo consulent: one in the sixth month (the
 * worklist signals it, R7.3), one extended with a reason whose rent and energy are handed back (R7.6, D3), one
 * that started two months ago, and one who refused the machtiging (R7.4). The creditors' accounts are fictitious
 * and pass the IBAN check. Leaves Dalfsen alone once it has any ontzorging; off where the demo files are off.
 */
@Component
@Profile("demo")
@ConditionalOnProperty(name = "openinburgering.demo.gegevens", havingValue = "true")
@ConditionalOnProperty(name = "openinburgering.demo.dossiers", havingValue = "true", matchIfMissing = true)
class DemoOntzorging {

    private static final Logger LOG = LoggerFactory.getLogger(DemoOntzorging.class);

    private final InburgeraarBeheer inburgeraars;
    private final OntzorgingBeheer ontzorging;
    private final Clock klok;

    DemoOntzorging(InburgeraarBeheer inburgeraars, OntzorgingBeheer ontzorging, Clock klok) {
        this.inburgeraars = inburgeraars;
        this.ontzorging = ontzorging;
        this.klok = klok;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.LOWEST_PRECEDENCE)
    void vul() {
        Demogemeente dalfsen = Demogemeente.DALFSEN;
        try {
            boolean leeg = Tenant.alsGemeente(
                    dalfsen.code(), () -> ontzorging.stand(null).isEmpty());
            List<UUID> statushouders = Tenant.alsGemeente(
                    dalfsen.code(),
                    () -> inburgeraars.termijnfeiten().stream()
                            .filter(t -> t.bsn().waarde().startsWith("9999"))
                            .filter(t -> t.doelgroep() == Doelgroep.ASIELSTATUSHOUDER)
                            .sorted(Comparator.comparing(Termijnfeiten::geslachtsnaam))
                            .map(Termijnfeiten::id)
                            .toList());
            if (!leeg || statushouders.size() < 4) {
                return;
            }
            LocalDate vandaag = Vandaag.datum(klok);
            alsConsulent(dalfsen, () -> {
                inZesdeMaand(statushouders.get(0), vandaag);
                deelsTeruggegeven(statushouders.get(1), vandaag);
                recentGestart(statushouders.get(2), vandaag);
                geweigerd(statushouders.get(3), vandaag);
                return null;
            });
            LOG.info("Demogegevens: financieel ontzorgen geladen voor gemeente {}", dalfsen.code());
        } catch (RuntimeException fout) {
            // Demo data must never stop the application from starting.
            LOG.warn("Demogegevens: financieel ontzorgen niet (volledig) geladen", fout);
        }
    }

    /** R7.3: started five months and ten days ago, so in the sixth month: the worklist signals its end. */
    private void inZesdeMaand(UUID id, LocalDate vandaag) {
        LocalDate start = vandaag.minusMonths(5).minusDays(10);
        gestartMetMachtiging(id, start);
        vasteLasten(id, start, 0);
    }

    /** R7.3, R7.6, D3: extended with a reason; rent and energy handed back, water and insurance still paid. */
    private void deelsTeruggegeven(UUID id, LocalDate vandaag) {
        LocalDate start = vandaag.minusMonths(8).withDayOfMonth(1);
        gestartMetMachtiging(id, start);
        List<Kostenpost> posten = vasteLasten(id, start, 1);
        ontzorging.verleng(
                id,
                vandaag.plusMonths(2),
                "Betaalt water en zorgverzekering nog niet zelf; schuldhulpverlening loopt, eerst de budgetcursus afmaken.");
        YearMonth terug = OntzorgingRegels.eersteOverdrachtsmaand(start);
        ontzorging.draagOver(
                id,
                posten.get(0).id(),
                terug,
                "Betaalt de huur sinds twee maanden zelf en op tijd; houdt een kasboek bij.",
                "Budgetcursus Humanitas (6 bijeenkomsten)");
        ontzorging.draagOver(
                id,
                posten.get(1).id(),
                terug.plusMonths(1),
                "Heeft het voorschot energie zelf aangepast en betaalt via automatische incasso.",
                "Training Geldzaken VluchtelingenWerk");
    }

    private void recentGestart(UUID id, LocalDate vandaag) {
        LocalDate start = vandaag.minusMonths(2).withDayOfMonth(1);
        gestartMetMachtiging(id, start);
        vasteLasten(id, start, 2);
    }

    /** R7.4: the machtiging refused: nothing is paid, and the worklist signals the art. 18 Pw referral. */
    private void geweigerd(UUID id, LocalDate vandaag) {
        LocalDate start = vandaag.minusMonths(1).withDayOfMonth(1);
        ontzorging.start(id, Vergunning.ASIEL, start);
        ontzorging.legMachtigingVast(id, Machtiging.GEWEIGERD, start.plusDays(3));
    }

    private void gestartMetMachtiging(UUID id, LocalDate start) {
        ontzorging.start(id, Vergunning.ASIEL, start);
        ontzorging.legMachtigingVast(id, Machtiging.GETEKEND, start.plusDays(3));
    }

    /** R7.2: rent, energy, water and the health-insurance premium; fictitious creditors with valid IBANs. */
    private List<Kostenpost> vasteLasten(UUID id, LocalDate start, int variant) {
        YearMonth maand = YearMonth.from(start);
        String nummer = "2026-" + (118 + variant);
        return List.of(
                post(
                        id,
                        Kostensoort.HUUR,
                        "Woonstichting De Vechthorst",
                        "NL91ABNA0417164300",
                        "Huurcontract " + nummer,
                        61_250 + variant * 2_500L,
                        maand),
                post(
                        id,
                        Kostensoort.ENERGIE,
                        "Energie Overijssel",
                        "NL20INGB0001234567",
                        "Klant " + nummer,
                        14_500,
                        maand),
                post(id, Kostensoort.WATER, "Vitens", "NL44RABO0123456789", "Debiteur " + nummer, 2_350, maand),
                post(
                        id,
                        Kostensoort.ZORGVERZEKERING,
                        "Zorgverzekeraar Salland",
                        "NL66ASNB0707070707",
                        "Polis " + nummer,
                        13_875,
                        maand));
    }

    private Kostenpost post(
            UUID id, Kostensoort soort, String crediteur, String iban, String kenmerk, long centen, YearMonth maand) {
        return ontzorging.voegKostenpostToe(
                id, new NieuweKostenpost(soort, crediteur, iban, kenmerk, centen, maand, null));
    }
}
