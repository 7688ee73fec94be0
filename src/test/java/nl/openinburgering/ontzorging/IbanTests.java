package nl.openinburgering.ontzorging;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import nl.openinburgering.shared.OngeldigeInvoer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * R7.2: the creditor's IBAN is checked with ISO 13616 mod 97. Known numbers, and a property over a thousand
 * generated Dutch accounts (seeded, so a failure repeats): every number with its computed check digits is valid,
 * and every single changed digit and every swap of two different adjacent digits of the account is refused.
 */
class IbanTests {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "NL91ABNA0417164300",
                "NL91 ABNA 0417 1643 00",
                "nl91abna0417164300",
                "DE89370400440532013000",
                "BE68539007547034"
            })
    void r7_2_accepts_valid_ibans_as_people_type_them(String invoer) {
        assertThat(Iban.van(invoer).waarde()).doesNotContain(" ").isUpperCase();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "NL92ABNA0417164300",
                "NL91ABNA0417164301",
                "NL91ABNA041716430",
                "NL91ABNA04171643000",
                "1234567890",
                "NL91-ABNA-0417"
            })
    void r7_2_refuses_an_iban_with_a_wrong_check_or_form(String invoer) {
        assertThatThrownBy(() -> Iban.van(invoer)).isInstanceOf(OngeldigeInvoer.class);
    }

    @Test
    void r7_2_refuses_an_empty_iban() {
        assertThatThrownBy(() -> Iban.van(" "))
                .isInstanceOf(OngeldigeInvoer.class)
                .satisfies(f -> assertThat(
                                ((OngeldigeInvoer) f).fouten().getFirst().code())
                        .isEqualTo("iban.verplicht"));
    }

    @Test
    void r7_2_every_generated_iban_is_valid_and_every_single_digit_error_or_adjacent_swap_is_caught() {
        Random toeval = new Random(97);
        String[] banken = {"ABNA", "INGB", "RABO", "BNGH", "TRIO", "ASNB"};
        for (int n = 0; n < 1000; n++) {
            StringBuilder rekening = new StringBuilder(banken[toeval.nextInt(banken.length)]);
            for (int i = 0; i < 10; i++) {
                rekening.append(toeval.nextInt(10));
            }
            String iban = "NL" + Iban.controlegetal("NL", rekening.toString()) + rekening;
            assertThat(Iban.voldoetAanMod97(iban)).as(iban).isTrue();
            new Iban(iban);

            char[] tekens = iban.toCharArray();
            int plek = 8 + toeval.nextInt(10);
            char ander = (char) ('0' + (tekens[plek] - '0' + 1 + toeval.nextInt(9)) % 10);
            char[] fout = tekens.clone();
            fout[plek] = ander;
            assertThat(Iban.voldoetAanMod97(new String(fout)))
                    .as("één cijfer anders: " + new String(fout))
                    .isFalse();

            int wissel = 8 + toeval.nextInt(9);
            if (tekens[wissel] != tekens[wissel + 1]) {
                char[] omgewisseld = tekens.clone();
                omgewisseld[wissel] = tekens[wissel + 1];
                omgewisseld[wissel + 1] = tekens[wissel];
                assertThat(Iban.voldoetAanMod97(new String(omgewisseld)))
                        .as("omgewisseld: " + new String(omgewisseld))
                        .isFalse();
            }
        }
    }

    @Test
    void showsTheIbanInGroupsOfFour() {
        assertThat(new Iban("NL91ABNA0417164300").leesbaar()).isEqualTo("NL91 ABNA 0417 1643 00");
    }
}
