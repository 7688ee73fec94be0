package nl.openinburgering.portaal;

import org.junit.jupiter.api.Test;

import nl.openinburgering.platform.Rol;

import static org.assertj.core.api.Assertions.assertThat;

/** Who may answer portal messages in the file: the consulent only. */
class PortaalActiesTests {

    @Test
    void onlyTheConsulentAnswersPortalMessages() {
        for (Rol rol : Rol.values()) {
            assertThat(PortaalActies.voor(rol).beantwoorden()).as(rol.name()).isEqualTo(rol == Rol.CONSULENT);
        }
    }
}
