package nl.openinburgering.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import nl.openinburgering.TestBsn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BsnTests {

    @ParameterizedTest
    @ValueSource(strings = {"999996708", "111222333", "123456782", "999990019"})
    void acceptsNumbersThatPassTheElfproef(String nummer) {
        assertThat(new Bsn(nummer).waarde()).isEqualTo(nummer);
    }

    @ParameterizedTest
    @ValueSource(strings = {"123456789", "999996709", "111222334", "000000000"})
    void refusesNumbersThatFailTheElfproefWithCodeBsnElfproef(String nummer) {
        assertThatThrownBy(() -> new Bsn(nummer))
                .isInstanceOf(Bsn.OngeldigeBsn.class)
                .satisfies(fout -> assertThat(((OngeldigeInvoer) fout).fouten())
                        .extracting(Veldfout::code)
                        .containsExactly("bsn.elfproef"))
                .hasMessageContaining("bsn");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "12345678", "1234567890", "12345678a", "99999 6708"})
    void refusesTextThatIsNotNineDigitsWithCodeBsnFormaat(String tekst) {
        assertThatThrownBy(() -> new Bsn(tekst))
                .isInstanceOfSatisfying(
                        Bsn.OngeldigeBsn.class,
                        fout -> assertThat(fout.fouten())
                                .extracting(Veldfout::code)
                                .containsExactly("bsn.formaat"));
    }

    @Test
    void refusesNull() {
        assertThatThrownBy(() -> new Bsn(null)).isInstanceOf(Bsn.OngeldigeBsn.class);
    }

    @Test
    void givesAClearDutchReason() {
        assertThatThrownBy(() -> new Bsn("123456789"))
                .isInstanceOfSatisfying(
                        Bsn.OngeldigeBsn.class,
                        fout -> assertThat(fout.fouten().getFirst().reden()).contains("elfproef"));
    }

    @Test
    void neverShowsTheNumberInToString() {
        assertThat(new Bsn("999996708").toString()).doesNotContain("999996708");
    }

    @Test
    void testGeneratorOnlyMakesValidNumbers() {
        for (int i = 0; i < 1000; i++) {
            assertThat(Bsn.voldoetAanElfproef(TestBsn.nieuw())).isTrue();
        }
    }
}
