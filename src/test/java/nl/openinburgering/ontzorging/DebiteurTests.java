package nl.openinburgering.ontzorging;

import org.junit.jupiter.api.Test;

import nl.openinburgering.shared.OngeldigeInvoer;
import nl.openinburgering.shared.Veldfout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DebiteurTests {

    @Test
    void r7_2_a_bic_of_8_or_11_characters_is_accepted_as_typed() {
        assertThat(Debiteur.van(" Gemeente Dalfsen ", "nl42 bngh 0285 0001 48", "bngh nl 2g"))
                .isEqualTo(new Debiteur("Gemeente Dalfsen", new Iban("NL42BNGH0285000148"), "BNGHNL2G"));
        assertThat(Debiteur.van("Gemeente Dalfsen", "NL42BNGH0285000148", "ABNANL2AXXX")
                        .bic())
                .isEqualTo("ABNANL2AXXX");
    }

    @Test
    void r7_2_a_bic_of_7_9_10_or_12_characters_or_without_a_country_is_refused() {
        for (String bic : new String[] {"BNGHNL2", "BNGHNL2GX", "BNGHNL2GXX", "ABNANL2AXXXX", "BNGH122G"}) {
            assertThatThrownBy(() -> Debiteur.van("Gemeente Dalfsen", "NL42BNGH0285000148", bic))
                    .as(bic)
                    .isInstanceOfSatisfying(
                            OngeldigeInvoer.class,
                            e -> assertThat(e.fouten())
                                    .extracting(Veldfout::veld, Veldfout::code)
                                    .containsExactly(
                                            org.assertj.core.groups.Tuple.tuple("debiteurBic", "bic.formaat")));
        }
    }

    @Test
    void r7_2_every_wrong_field_is_reported_at_once_and_a_name_longer_than_70_is_refused() {
        assertThatThrownBy(() -> Debiteur.van("G".repeat(71), "NL42BNGH0285000149", "BNGHNL2G"))
                .isInstanceOfSatisfying(
                        OngeldigeInvoer.class,
                        e -> assertThat(e.fouten())
                                .extracting(Veldfout::veld)
                                .containsExactly("debiteurNaam", "debiteurIban"));
        assertThat(Debiteur.van("G".repeat(70), "NL42BNGH0285000148", "BNGHNL2G")
                        .naam())
                .hasSize(70);
    }
}
