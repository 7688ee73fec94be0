package nl.openinburgering.inburgeraar;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import nl.openinburgering.shared.OngeldigeInvoer;
import nl.openinburgering.shared.Veldfout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** R1.1 and R1.3: who falls under the Wi2021 at registration, on both sides of each boundary. */
class PersoonsgegevensTests {

    private static Persoonsgegevens gegevens(LocalDate geboortedatum, LocalDate startPlicht) {
        return new Persoonsgegevens(
                "999996708",
                "Amina",
                "Haddad",
                geboortedatum,
                Doelgroep.ASIELSTATUSHOUDER,
                startPlicht,
                startPlicht.plusDays(20),
                null);
    }

    private static Veldfout fout(LocalDate geboortedatum, LocalDate startPlicht) {
        try {
            gegevens(geboortedatum, startPlicht);
        } catch (OngeldigeInvoer ongeldig) {
            assertThat(ongeldig.fouten()).hasSize(1);
            return ongeldig.fouten().getFirst();
        }
        throw new AssertionError("geweigerd verwacht");
    }

    @Test
    void r1_1_aPlichtThatStartedBefore2022FallsUnderTheOldLawAndIsRefused() {
        Veldfout fout = fout(LocalDate.of(1990, 1, 1), LocalDate.of(2021, 12, 31));
        assertThat(fout.veld()).isEqualTo("datumStartInburgeringsplicht");
        assertThat(fout.code()).isEqualTo("R1.1");
        assertThat(fout.reden()).contains("1 januari 2022").contains("Wet inburgering 2013");

        assertThat(gegevens(LocalDate.of(1990, 1, 1), LocalDate.of(2022, 1, 1)).datumStartInburgeringsplicht())
                .isEqualTo(LocalDate.of(2022, 1, 1));
    }

    @Test
    void r1_3_aPersonUnder18AtTheStartOfThePlichtIsRefusedFromThe18thBirthdayOnAccepted() {
        LocalDate geboren = LocalDate.of(2006, 5, 1);
        Veldfout fout = fout(geboren, LocalDate.of(2024, 4, 30));
        assertThat(fout.veld()).isEqualTo("geboortedatum");
        assertThat(fout.code()).isEqualTo("R1.3");
        assertThat(fout.reden()).contains("jonger dan 18 jaar").contains("1 mei 2024");

        assertThat(gegevens(geboren, LocalDate.of(2024, 5, 1)).geboortedatum()).isEqualTo(geboren);
    }

    /** R1.3: born 1957-03-10, AOW age 67 (reached in 2024) on 2024-03-10. */
    @Test
    void r1_3_aPersonAtTheAowAgeAtTheStartOfThePlichtIsRefusedTheDayBeforeAccepted() {
        LocalDate geboren = LocalDate.of(1957, 3, 10);
        assertThat(gegevens(geboren, LocalDate.of(2024, 3, 9)).geboortedatum()).isEqualTo(geboren);

        Veldfout fout = fout(geboren, LocalDate.of(2024, 3, 10));
        assertThat(fout.veld()).isEqualTo("geboortedatum");
        assertThat(fout.code()).isEqualTo("R1.3");
        assertThat(fout.reden()).contains("AOW-leeftijd").contains("10 maart 2024");
    }

    /** R1.3: the AOW age depends on the birth year: born 1956-12-31 it is 66 years and 10 months (2023). */
    @Test
    void r1_3_theAowAgeOfTheBirthYearDecidesNotAFixed67() {
        LocalDate geboren = LocalDate.of(1956, 12, 31);
        assertThat(gegevens(geboren, LocalDate.of(2023, 10, 30)).geboortedatum())
                .isEqualTo(geboren);
        assertThat(fout(geboren, LocalDate.of(2023, 10, 31)).code()).isEqualTo("R1.3");
    }

    @Test
    void r1_1_andR1_3_everyProblemIsReportedAtOnce() {
        assertThatThrownBy(() -> gegevens(LocalDate.of(2005, 1, 1), LocalDate.of(2021, 6, 1)))
                .isInstanceOfSatisfying(
                        OngeldigeInvoer.class,
                        ongeldig -> assertThat(ongeldig.fouten())
                                .extracting(Veldfout::code)
                                .containsExactly("R1.1", "R1.3"));
    }
}
