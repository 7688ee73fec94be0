package nl.openinburgering.inburgeraar;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import nl.openinburgering.platform.Rol;

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
