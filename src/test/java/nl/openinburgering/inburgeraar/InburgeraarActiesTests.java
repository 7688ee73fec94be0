package nl.openinburgering.inburgeraar;

import org.junit.jupiter.api.Test;

import nl.openinburgering.platform.Rol;

import static org.assertj.core.api.Assertions.assertThat;

class InburgeraarActiesTests {

    @Test
    void consulentChangesAPersonsData() {
        assertThat(InburgeraarActies.voor(Rol.CONSULENT).wijzigen()).isTrue();
    }

    @Test
    void teamleiderOnlyLooksAtAPersonsData() {
        assertThat(InburgeraarActies.voor(Rol.TEAMLEIDER).wijzigen()).isFalse();
    }
}
