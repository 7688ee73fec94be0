package nl.openinburgering.inburgeraar;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import nl.openinburgering.shared.Gemeentecode;

import static org.assertj.core.api.Assertions.assertThat;

class InburgeringstermijnTests {

    static final LocalDate VANDAAG = LocalDate.of(2026, 12, 1);

    private static Inburgeraar persoon() {
        return Inburgeraar.registreer(
                new Gemeentecode("0148"),
                new Persoonsgegevens(
                        "999996708",
                        "Amina",
                        "Haddad",
                        LocalDate.of(1994, 5, 17),
                        Doelgroep.ASIELSTATUSHOUDER,
                        LocalDate.of(2026, 1, 12),
                        LocalDate.of(2026, 2, 2),
                        null),
                Instant.EPOCH);
    }

    /** R3.4: start the day after the dagtekening of the first PIP; three years, end exclusive. */
    @Test
    void r3_4_startsTheDayAfterTheFirstPipAndLastsThreeYears() {
        Inburgeraar inburgeraar = persoon();

        assertThat(inburgeraar.startInburgeringstermijn(LocalDate.of(2026, 3, 1)))
                .isPresent();
        assertThat(inburgeraar.inburgeringstermijn())
                .contains(new Inburgeringstermijn(LocalDate.of(2026, 3, 2), LocalDate.of(2029, 3, 2)));
    }

    /** R3.4: a later PIP never moves the start. */
    @Test
    void r3_4_aLaterPipNeverMovesTheStart() {
        Inburgeraar inburgeraar = persoon();
        inburgeraar.startInburgeringstermijn(LocalDate.of(2026, 3, 1));

        assertThat(inburgeraar.startInburgeringstermijn(LocalDate.of(2026, 9, 1)))
                .isEmpty();
        assertThat(inburgeraar.inburgeringstermijn().orElseThrow().startdatum()).isEqualTo(LocalDate.of(2026, 3, 2));
    }

    @Test
    void r3_4_noTermBeforeTheFirstPip() {
        assertThat(persoon().inburgeringstermijn()).isEmpty();
    }

    /** R3.6: an extension DUO granted moves the end, never the start. */
    @Test
    void r3_6_anExtensionGrantedByDuoMovesTheEndNotTheStart() {
        Inburgeraar inburgeraar = persoon();
        inburgeraar.startInburgeringstermijn(LocalDate.of(2026, 3, 1));

        inburgeraar.registreerVerlenging(LocalDate.of(2026, 10, 1), LocalDate.of(2029, 9, 2), "Ziekte", VANDAAG);

        assertThat(inburgeraar.inburgeringstermijn())
                .contains(new Inburgeringstermijn(LocalDate.of(2026, 3, 2), LocalDate.of(2029, 9, 2)));
    }

    /** R3.6: an extension must end later than the current term, and needs a started term. */
    @Test
    void r3_6_anExtensionNeverShortensTheTermAndNeedsAStartedTerm() {
        Inburgeraar zonderTermijn = persoon();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> zonderTermijn.registreerVerlenging(
                        LocalDate.of(2026, 10, 1), LocalDate.of(2030, 1, 1), "Ziekte", VANDAAG))
                .isInstanceOf(nl.openinburgering.shared.OngeldigeInvoer.class);

        Inburgeraar inburgeraar = persoon();
        inburgeraar.startInburgeringstermijn(LocalDate.of(2026, 3, 1));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> inburgeraar.registreerVerlenging(
                        LocalDate.of(2026, 10, 1), LocalDate.of(2029, 3, 2), "Ziekte", VANDAAG))
                .isInstanceOf(nl.openinburgering.shared.OngeldigeInvoer.class);
        assertThat(inburgeraar
                        .registreerVerlenging(LocalDate.of(2026, 10, 1), LocalDate.of(2029, 3, 3), "Ziekte", VANDAAG)
                        .nieuweEinddatum())
                .isEqualTo(LocalDate.of(2029, 3, 3));
    }
}
