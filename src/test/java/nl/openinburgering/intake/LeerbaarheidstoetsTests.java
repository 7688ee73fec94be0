package nl.openinburgering.intake;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import nl.openinburgering.shared.OngeldigeInvoer;

import static org.assertj.core.api.Assertions.assertThat;

class LeerbaarheidstoetsTests {

    static Leerbaarheidstoets met(String behaald, String benodigd) {
        return new Leerbaarheidstoets(
                LocalDate.of(2026, 2, 1),
                LbtResultaat.B1_ROUTE_HAALBAAR,
                behaald == null ? null : new BigDecimal(behaald),
                benodigd == null ? null : new BigDecimal(benodigd),
                null,
                null);
    }

    static String codes(Runnable actie) {
        try {
            actie.run();
            return "";
        } catch (OngeldigeInvoer ongeldig) {
            return ongeldig.fouten().stream()
                    .map(fout -> fout.veld() + ":" + fout.code())
                    .toList()
                    .toString();
        }
    }

    @Test
    void r2_4_acceptsScoresUpTo999Comma99() {
        assertThat(met("999.99", "0").behaaldeScore()).isEqualByComparingTo("999.99");
        assertThat(met("0", "999.99").benodigdeScore()).isEqualByComparingTo("999.99");
    }

    @Test
    void r2_4_refusesAScoreOf1000() {
        assertThat(codes(() -> met("1000", null))).isEqualTo("[behaaldeScore:R2.4]");
        assertThat(codes(() -> met(null, "1000.00"))).isEqualTo("[benodigdeScore:R2.4]");
    }

    @Test
    void r2_4_refusesANegativeScoreAndAThirdDecimal() {
        assertThat(codes(() -> met("-0.01", null))).isEqualTo("[behaaldeScore:R2.4]");
        assertThat(codes(() -> met("12.345", null))).isEqualTo("[behaaldeScore:R2.4]");
        assertThat(met("12.340", null).behaaldeScore()).isEqualByComparingTo("12.34");
    }

    @Test
    void r2_4_refusesScoresWithTheResultOnbekend() {
        assertThat(codes(() -> new Leerbaarheidstoets(null, LbtResultaat.ONBEKEND, BigDecimal.ONE, null, null, null)))
                .isEqualTo("[resultaat:R2.4]");
    }

    @Test
    void r2_4_refusesARegistrationDateInTheFuture() {
        LocalDate vandaag = LocalDate.of(2026, 6, 1);
        assertThat(codes(() -> Leerbaarheidstoets.op(vandaag, vandaag.plusDays(1), null, null, null, null, null)))
                .isEqualTo("[aanmeldingsdatum:datum.toekomst]");
        assertThat(codes(() -> Leerbaarheidstoets.op(
                        vandaag, vandaag.plusDays(1), LbtResultaat.ONBEKEND, BigDecimal.ONE, null, null, null)))
                .as("every problem at once, the date first")
                .isEqualTo("[aanmeldingsdatum:datum.toekomst, resultaat:R2.4]");
        assertThat(Leerbaarheidstoets.op(vandaag, vandaag, null, null, null, null, null)
                        .aanmeldingsdatum())
                .isEqualTo(vandaag);
    }

    @Test
    void r1_10_acceptsAnExemptionForAVisualOrAuditoryImpairmentWithItsReason() {
        assertThat(new Leerbaarheidstoets(
                                null,
                                null,
                                null,
                                null,
                                LbtOntheffing.AUDITIEVE_BEPERKING,
                                "Doof, kan de instructie niet volgen")
                        .vrijgesteld())
                .isTrue();
    }

    @Test
    void r1_10_refusesAnExemptionTogetherWithAResult() {
        assertThat(codes(() -> new Leerbaarheidstoets(
                        null, LbtResultaat.B1_ROUTE_HAALBAAR, null, null, LbtOntheffing.VISUELE_BEPERKING, "Blind")))
                .isEqualTo("[ontheffing:R1.10]");
    }

    @Test
    void r1_10_refusesAnExemptionWithoutReasonAndAReasonWithoutGround() {
        assertThat(codes(() -> new Leerbaarheidstoets(null, null, null, null, LbtOntheffing.VISUELE_BEPERKING, " ")))
                .isEqualTo("[ontheffingReden:R1.10]");
        assertThat(codes(() -> new Leerbaarheidstoets(null, null, null, null, null, "Blind")))
                .isEqualTo("[ontheffing:R1.10]");
    }
}
