package nl.openinburgering.demo;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import nl.openinburgering.AlsGebruiker;
import nl.openinburgering.ontzorging.Betaalregel;
import nl.openinburgering.ontzorging.Betaalronde;
import nl.openinburgering.ontzorging.Betaalrondes;
import nl.openinburgering.ontzorging.Kostenpost;
import nl.openinburgering.ontzorging.Machtiging;
import nl.openinburgering.ontzorging.OntzorgingBeheer;
import nl.openinburgering.ontzorging.Ontzorgingsstand;
import nl.openinburgering.ontzorging.SepaSchema;
import nl.openinburgering.shared.Vandaag;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo ontzorging of Dalfsen: four statushouders (one in the sixth month, one extended and partly handed
 * back, one refused the machtiging), and a payment run over them that gives a SEPA file the schema accepts,
 * with the right number of transactions and control sum.
 */
@SpringBootTest(properties = "openinburgering.demo.dossiers=true")
class DemoOntzorgingIntegrationTests {

    @Autowired
    OntzorgingBeheer ontzorging;

    @Autowired
    Betaalrondes rondes;

    @Test
    void r7_3_r7_6_dalfsen_has_one_in_the_sixth_month_one_partly_handed_back_and_a_run_a_bank_accepts()
            throws Exception {
        LocalDate vandaag = Vandaag.datum();
        List<Ontzorgingsstand> standen = AlsGebruiker.consulentVanDalfsen(() -> ontzorging.stand(null));
        assertThat(standen).hasSize(4);
        assertThat(standen)
                .filteredOn(s -> !s.verlengd() && !s.beeindigd())
                .anySatisfy(s -> assertThat(vandaag)
                        .isAfterOrEqualTo(s.geplandEinde().plusDays(1).minusMonths(1))
                        .isBeforeOrEqualTo(s.geplandEinde()));
        assertThat(standen)
                .filteredOn(s -> s.machtiging() == Machtiging.GEWEIGERD)
                .hasSize(1);
        Ontzorgingsstand verlengd =
                standen.stream().filter(Ontzorgingsstand::verlengd).findFirst().orElseThrow();
        List<Kostenpost> posten = AlsGebruiker.consulentVanDalfsen(() -> ontzorging.dossier(verlengd.inburgeraarId()))
                .kostenposten();
        assertThat(posten).hasSize(4);
        assertThat(posten).filteredOn(Kostenpost::overgedragen).hasSize(2);

        YearMonth maand = YearMonth.from(vandaag);
        Betaalronde ronde =
                AlsGebruiker.als("financieel.dalfsen", "FINANCIELE_ADMINISTRATIE", () -> rondes.stelVast(maand, true));
        assertThat(ronde.aantalTransacties()).isEqualTo(10);
        String xml = AlsGebruiker.als(
                "financieel.dalfsen",
                "FINANCIELE_ADMINISTRATIE",
                () -> rondes.pain001(ronde.id().orElseThrow()));
        SepaSchema.valideer(xml);
        assertThat(SepaSchema.waarde(xml, "//*[local-name()='GrpHdr']/*[local-name()='NbOfTxs']"))
                .isEqualTo("10");
        long som = ronde.overboekingen().stream()
                .mapToLong(Betaalregel::bedragInCenten)
                .sum();
        assertThat(new java.math.BigDecimal(
                        SepaSchema.waarde(xml, "//*[local-name()='GrpHdr']/*[local-name()='CtrlSum']")))
                .isEqualByComparingTo(java.math.BigDecimal.valueOf(som, 2));
    }
}
