package nl.openinburgering.intake;

import org.junit.jupiter.api.Test;

import nl.openinburgering.platform.Rol;

import static org.assertj.core.api.Assertions.assertThat;

class IntakeActiesTests {

    @Test
    void consulentRecordsTheIntake() {
        assertThat(IntakeActies.voor(Rol.CONSULENT).wijzigen()).isTrue();
    }

    @Test
    void teamleiderOnlyReadsTheIntake() {
        assertThat(IntakeActies.voor(Rol.TEAMLEIDER).wijzigen()).isFalse();
    }
}
