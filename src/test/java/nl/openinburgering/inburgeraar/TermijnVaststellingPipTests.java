package nl.openinburgering.inburgeraar;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TermijnVaststellingPipTests {

    static final LocalDate START = LocalDate.of(2026, 2, 2);
    static final LocalDate TIEN_WEKEN = LocalDate.of(2026, 4, 13);

    static Informatieverzoek verzoek(LocalDate aangevraagd, LocalDate ontvangen) {
        return new Informatieverzoek(0, "0148", "Huisarts", "Medische informatie", aangevraagd, ontvangen);
    }

    @Test
    void r2_8_withoutRequestsTheDeadlineIsTenWeeks() {
        assertThat(TermijnVaststellingPip.bereken(START, List.of()))
                .isEqualTo(new TermijnVaststellingPip(TIEN_WEKEN, false, false));
    }

    @Test
    void r2_8_informationArrivingLateExtendsToTwoWeeksAfterArrival() {
        TermijnVaststellingPip termijn = TermijnVaststellingPip.bereken(
                START, List.of(verzoek(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 10))));

        assertThat(termijn.uiterlijkeDatum()).isEqualTo(LocalDate.of(2026, 4, 24));
        assertThat(termijn.verlengd()).isTrue();
    }

    @Test
    void r2_8_informationArrivingEarlyDoesNotShortenOrExtend() {
        TermijnVaststellingPip termijn = TermijnVaststellingPip.bereken(
                START, List.of(verzoek(LocalDate.of(2026, 2, 10), LocalDate.of(2026, 3, 1))));

        assertThat(termijn.uiterlijkeDatum()).isEqualTo(TIEN_WEKEN);
        assertThat(termijn.verlengd()).isFalse();
    }

    @Test
    void r2_8_aRequestMadeAfterTheTermGivesNoExtension() {
        TermijnVaststellingPip termijn =
                TermijnVaststellingPip.bereken(START, List.of(verzoek(TIEN_WEKEN.plusDays(1), TIEN_WEKEN.plusDays(5))));

        assertThat(termijn.uiterlijkeDatum()).isEqualTo(TIEN_WEKEN);
    }

    @Test
    void r2_8_aRequestOnTheLastDayStillCounts() {
        TermijnVaststellingPip termijn =
                TermijnVaststellingPip.bereken(START, List.of(verzoek(TIEN_WEKEN, TIEN_WEKEN.plusDays(3))));

        assertThat(termijn.uiterlijkeDatum()).isEqualTo(TIEN_WEKEN.plusDays(17));
    }

    @Test
    void r2_8_anOpenRequestIsFlaggedAsWaiting() {
        TermijnVaststellingPip termijn =
                TermijnVaststellingPip.bereken(START, List.of(verzoek(LocalDate.of(2026, 3, 1), null)));

        assertThat(termijn.wachtOpInformatie()).isTrue();
        assertThat(termijn.uiterlijkeDatum()).isEqualTo(TIEN_WEKEN);
    }
}
