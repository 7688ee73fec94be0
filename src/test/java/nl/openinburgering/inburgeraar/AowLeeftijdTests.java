package nl.openinburgering.inburgeraar;

import java.time.LocalDate;
import java.time.Period;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** R1.3: the AOW age per birth date, on both sides of every step that matters for inburgeraars. */
class AowLeeftijdTests {

    @Test
    void r1_3_someoneBornIn1960ReachesTheAowAgeAt67() {
        AowLeeftijd aow = AowLeeftijd.voor(LocalDate.of(1960, 3, 1));
        assertThat(aow.leeftijd()).isEqualTo(Period.ofYears(67));
        assertThat(aow.datum()).isEqualTo(LocalDate.of(2027, 3, 1));
        assertThat(aow.voorlopig()).isFalse();
        assertThat(AowLeeftijd.voor(LocalDate.of(1960, 12, 31)).datum()).isEqualTo(LocalDate.of(2027, 12, 31));
    }

    @Test
    void r1_3_fromBirthYear1961TheAowAgeIs67YearsAnd3Months() {
        assertThat(AowLeeftijd.voor(LocalDate.of(1961, 1, 1)).datum()).isEqualTo(LocalDate.of(2028, 4, 1));
        assertThat(AowLeeftijd.voor(LocalDate.of(1961, 9, 30)).datum()).isEqualTo(LocalDate.of(2028, 12, 30));
        assertThat(AowLeeftijd.voor(LocalDate.of(1961, 10, 1)).datum()).isEqualTo(LocalDate.of(2029, 1, 1));
        assertThat(AowLeeftijd.voor(LocalDate.of(1964, 9, 30)).voorlopig()).isFalse();
    }

    @Test
    void r1_3_whereTheAgeRisesTheEarlierYearDecides() {
        assertThat(AowLeeftijd.voor(LocalDate.of(1952, 10, 1)).leeftijd()).isEqualTo(Period.ofYears(66));
        assertThat(AowLeeftijd.voor(LocalDate.of(1953, 1, 1)).leeftijd()).isEqualTo(Period.of(66, 4, 0));
        assertThat(AowLeeftijd.voor(LocalDate.of(1957, 2, 28)).leeftijd()).isEqualTo(Period.of(66, 10, 0));
        assertThat(AowLeeftijd.voor(LocalDate.of(1957, 3, 1)).leeftijd()).isEqualTo(Period.ofYears(67));
    }

    @Test
    void r1_3_afterTheLastYearFixedTheAgeIsProvisionalAndAtLeastTheLastKnown() {
        AowLeeftijd aow = AowLeeftijd.voor(LocalDate.of(1964, 10, 1));
        assertThat(aow.voorlopig()).isTrue();
        assertThat(aow.leeftijd()).isEqualTo(Period.of(67, 3, 0));
        assertThat(aow.datum()).isEqualTo(LocalDate.of(2032, 1, 1));
    }
}
