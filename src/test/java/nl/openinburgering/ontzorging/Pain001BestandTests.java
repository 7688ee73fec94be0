package nl.openinburgering.ontzorging;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.openinburgering.ontzorging.Betaalregel.Regelsoort;
import nl.openinburgering.ontzorging.internal.BetaalrondeCsv;
import nl.openinburgering.ontzorging.internal.Pain001Bestand;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SEPA file of a payment run against the EPC's {@code pain.001.001.09} schema (a verbatim copy in
 * {@code src/test/resources/sepa}), with the number of transactions and the control sum checked against the run.
 */
class Pain001BestandTests {

    static final Debiteur DALFSEN = new Debiteur("Gemeente Dalfsen", new Iban("NL42BNGH0285000148"), "BNGHNL2G");

    static void valideer(String xml) throws Exception {
        SepaSchema.valideer(xml);
    }

    static String waarde(String xml, String pad) throws Exception {
        return SepaSchema.waarde(xml, pad);
    }

    static Betaalregel regel(Regelsoort soort, long centen, String crediteur, String iban, String kenmerk) {
        return new Betaalregel(
                UUID.randomUUID(),
                UUID.randomUUID(),
                UUID.randomUUID(),
                "Amina Haddad",
                Kostensoort.HUUR,
                YearMonth.of(2026, 11),
                soort,
                centen,
                crediteur,
                new Iban(iban),
                kenmerk);
    }

    static Betaalronde ronde(List<Betaalregel> regels) {
        return new Betaalronde(
                Optional.of(UUID.randomUUID()),
                YearMonth.of(2026, 12),
                Optional.of("financieel.dalfsen"),
                Optional.of(OffsetDateTime.of(2026, 11, 28, 10, 15, 30, 123, ZoneOffset.ofHours(1))),
                Optional.empty(),
                regels);
    }

    @Test
    void r7_2_the_payment_file_validates_against_the_pain_001_001_09_schema_with_the_right_control_sum()
            throws Exception {
        Betaalronde ronde = ronde(List.of(
                regel(
                        Regelsoort.REGULIER,
                        65_000,
                        "Woonstichting Vechthorst & Co",
                        "NL91ABNA0417164300",
                        "Huur <contract> 123"),
                regel(Regelsoort.REGULIER, 12_345, "Vitens", "NL20INGB0001234567", null),
                regel(Regelsoort.CORRECTIE, 2_500, "Woonstichting Vechthorst & Co", "NL91ABNA0417164300", "Huur 123"),
                regel(Regelsoort.CORRECTIE, -1_000, "Essent", "NL44RABO0123456789", null)));
        String xml = Pain001Bestand.van(ronde, DALFSEN);

        valideer(xml);

        assertThat(waarde(xml, "/*[local-name()='Document']/*/*[local-name()='GrpHdr']/*[local-name()='NbOfTxs']"))
                .isEqualTo("3");
        assertThat(new BigDecimal(waarde(
                        xml, "/*[local-name()='Document']/*/*[local-name()='GrpHdr']/*[local-name()='CtrlSum']")))
                .isEqualByComparingTo("798.45");
        assertThat(waarde(xml, "count(//*[local-name()='CdtTrfTxInf'])")).isEqualTo("3");
        assertThat(waarde(xml, "//*[local-name()='PmtInf']/*[local-name()='CtrlSum']"))
                .isEqualTo("798.45");
        assertThat(waarde(xml, "//*[local-name()='DbtrAcct']//*[local-name()='IBAN']"))
                .isEqualTo("NL42BNGH0285000148");
        assertThat(waarde(xml, "//*[local-name()='ReqdExctnDt']/*[local-name()='Dt']"))
                .isEqualTo("2026-12-01");
        assertThat(xml).doesNotContain("-10.00").contains("Vechthorst &amp; Co");
        assertThat(ronde.teVerrekenenInCenten()).isEqualTo(-1_000);
        assertThat(Pain001Bestand.van(ronde, DALFSEN))
                .as("the same run gives the same file")
                .isEqualTo(xml);
    }

    @Test
    void aFileWithAnAmountOfZeroIsRefusedByTheSchemaSoTheValidationCanFail() throws Exception {
        String xml = Pain001Bestand.van(
                        ronde(List.of(regel(Regelsoort.REGULIER, 65_000, "Vechthorst", "NL91ABNA0417164300", null))),
                        DALFSEN)
                .replace("<InstdAmt Ccy=\"EUR\">650.00</InstdAmt>", "<InstdAmt Ccy=\"EUR\">0.00</InstdAmt>");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> valideer(xml))
                .isInstanceOf(org.xml.sax.SAXParseException.class);
    }

    @Test
    void theCsvHasEveryLineIncludingCorrectionsAndNeutralisesFormulas() {
        String csv = BetaalrondeCsv.van(ronde(List.of(
                regel(Regelsoort.REGULIER, 65_000, "=HYPERLINK()", "NL91ABNA0417164300", null),
                regel(Regelsoort.CORRECTIE, -1_000, "Essent", "NL44RABO0123456789", "K1"))));
        assertThat(csv.lines()).hasSize(3);
        assertThat(csv).contains("\"'=HYPERLINK()\"").contains(";-10.00;nee").contains(";650.00;ja");
    }
}
