package nl.openinburgering.ontzorging;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.openinburgering.inburgeraar.Doelgroep;
import nl.openinburgering.platform.Rol;
import nl.openinburgering.shared.Gemeentecode;

import static org.assertj.core.api.Assertions.assertThat;

/** What each role may do on the ontzorging page and with a payment run. */
class OntzorgingActiesTests {

    static OntzorgingDossier dossier(Optional<Ontzorging> ontzorging) {
        return new OntzorgingDossier(
                UUID.randomUUID(), Doelgroep.ASIELSTATUSHOUDER, ontzorging, Optional.empty(), List.of(), List.of());
    }

    static Ontzorging lopend() {
        return Ontzorging.start(UUID.randomUUID(), new Gemeentecode("0148"), LocalDate.of(2026, 1, 1));
    }

    @Test
    void theConsulentStartsAndThenChangesARunningOntzorging() {
        assertThat(OntzorgingActies.voor(Rol.CONSULENT, dossier(Optional.empty())))
                .isEqualTo(new OntzorgingActies(true, false));
        assertThat(OntzorgingActies.voor(Rol.CONSULENT, dossier(Optional.of(lopend()))))
                .isEqualTo(new OntzorgingActies(false, true));
        Ontzorging beeindigd = lopend();
        beeindigd.beeindig(LocalDate.of(2026, 6, 30), false);
        assertThat(OntzorgingActies.voor(Rol.CONSULENT, dossier(Optional.of(beeindigd))))
                .isEqualTo(new OntzorgingActies(false, false));
    }

    @Test
    void theTeamleiderAndTheFinancieleAdministratieOnlyLook() {
        for (Rol rol : new Rol[] {Rol.TEAMLEIDER, Rol.FINANCIELE_ADMINISTRATIE}) {
            assertThat(OntzorgingActies.voor(rol, dossier(Optional.empty())))
                    .isEqualTo(new OntzorgingActies(false, false));
            assertThat(OntzorgingActies.voor(rol, dossier(Optional.of(lopend()))))
                    .isEqualTo(new OntzorgingActies(false, false));
        }
    }

    @Test
    void onlyTheFinancieleAdministratieFixesAConceptAndExportsARecordedRun() {
        Betaalregel regel = new Betaalregel(
                UUID.randomUUID(),
                UUID.randomUUID(),
                UUID.randomUUID(),
                "Amina Haddad",
                Kostensoort.HUUR,
                YearMonth.of(2026, 12),
                Betaalregel.Regelsoort.REGULIER,
                65_000,
                "Vechthorst",
                new Iban("NL91ABNA0417164300"),
                null);
        Betaalronde concept = new Betaalronde(
                Optional.empty(),
                YearMonth.of(2026, 12),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                List.of(regel));
        Betaalronde leeg = new Betaalronde(
                Optional.empty(),
                YearMonth.of(2026, 12),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                List.of());
        Betaalronde vastgesteld = new Betaalronde(
                Optional.of(UUID.randomUUID()),
                YearMonth.of(2026, 12),
                Optional.of("financieel.dalfsen"),
                Optional.of(OffsetDateTime.now()),
                Optional.empty(),
                List.of(regel));
        assertThat(BetaalrondeActies.voor(Rol.FINANCIELE_ADMINISTRATIE, concept))
                .isEqualTo(new BetaalrondeActies(true, false));
        assertThat(BetaalrondeActies.voor(Rol.FINANCIELE_ADMINISTRATIE, leeg))
                .isEqualTo(new BetaalrondeActies(false, false));
        assertThat(BetaalrondeActies.voor(Rol.FINANCIELE_ADMINISTRATIE, vastgesteld))
                .isEqualTo(new BetaalrondeActies(false, true));
        assertThat(BetaalrondeActies.voor(Rol.CONSULENT, concept)).isEqualTo(new BetaalrondeActies(false, false));
        assertThat(BetaalrondeActies.voor(Rol.CONSULENT, vastgesteld)).isEqualTo(new BetaalrondeActies(false, false));
    }
}
