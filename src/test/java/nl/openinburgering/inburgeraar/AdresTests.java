package nl.openinburgering.inburgeraar;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import nl.openinburgering.shared.OngeldigeInvoer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AdresTests {

    @ParameterizedTest
    @ValueSource(strings = {"7721 AB", "7721AB", "7721 ab", " 1011  zz "})
    void acceptsADutchPostcodeAndWritesItAsFourDigitsSpaceTwoCapitals(String postcode) {
        Adres adres = new Adres("Dorpsstraat", 12, null, postcode, "Dalfsen");

        assertThat(adres.postcode()).matches("[1-9][0-9]{3} [A-Z]{2}");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "0721 AB",
                "772 AB",
                "77211 AB",
                "7721 A",
                "7721 SS",
                "7721 SA",
                "7721 SD",
                "AB 7721",
                "7721-AB",
                "7721 ÄB"
            })
    void refusesAPostcodeThatIsNotDutch(String postcode) {
        assertThatThrownBy(() -> new Adres("Dorpsstraat", 12, null, postcode, "Dalfsen"))
                .isInstanceOf(OngeldigeInvoer.class)
                .satisfies(fout -> assertThat(((OngeldigeInvoer) fout).fouten())
                        .anySatisfy(f -> assertThat(f.veld()).isEqualTo("postcode")));
    }

    @Test
    void refusesHalfAnAddressAndNamesEveryMissingField() {
        assertThatThrownBy(() -> new Adres("Dorpsstraat", null, null, "7721 AB", null))
                .isInstanceOf(OngeldigeInvoer.class)
                .satisfies(fout -> assertThat(((OngeldigeInvoer) fout).fouten())
                        .extracting(f -> f.veld())
                        .containsExactly("huisnummer", "woonplaats"));
    }

    @Test
    void refusesAHouseNumberOutsideOneTo99999AndAnOddAddition() {
        assertThatThrownBy(() -> new Adres("Dorpsstraat", 0, "a b", "7721 AB", "Dalfsen"))
                .isInstanceOf(OngeldigeInvoer.class)
                .satisfies(fout -> assertThat(((OngeldigeInvoer) fout).fouten())
                        .extracting(f -> f.veld())
                        .containsExactly("huisnummer", "huisnummertoevoeging"));
    }

    @Test
    void writesTheEnvelopeLinesAsPostNlAsks() {
        Adres adres = new Adres(" Dorpsstraat ", 12, "a", "7721ab", "Dalfsen");

        assertThat(adres.straatregel()).isEqualTo("Dorpsstraat 12 a");
        assertThat(adres.postcoderegel()).isEqualTo("7721 AB  DALFSEN");
    }

    @Test
    void personalDataWithoutAnyAddressFieldHasNoAddressAndAWrongPostcodeIsReportedWithTheOtherProblems() {
        assertThat(Persoonsgegevens.metAdresvelden(
                                LocalDate.of(2026, 6, 1),
                                "999996708",
                                "Amina",
                                "Haddad",
                                LocalDate.of(1994, 5, 17),
                                Doelgroep.ASIELSTATUSHOUDER,
                                LocalDate.of(2026, 1, 12),
                                null,
                                null,
                                " ",
                                null,
                                "",
                                null,
                                null)
                        .adres())
                .isNull();

        assertThatThrownBy(() -> Persoonsgegevens.metAdresvelden(
                        LocalDate.of(2026, 6, 1),
                        "999996708",
                        "",
                        "Haddad",
                        LocalDate.of(1994, 5, 17),
                        Doelgroep.ASIELSTATUSHOUDER,
                        LocalDate.of(2026, 1, 12),
                        null,
                        null,
                        "Dorpsstraat",
                        12,
                        null,
                        "1234",
                        "Dalfsen"))
                .isInstanceOf(OngeldigeInvoer.class)
                .satisfies(fout -> assertThat(((OngeldigeInvoer) fout).fouten())
                        .extracting(f -> f.veld())
                        .containsExactly("voornamen", "postcode"));
    }
}
