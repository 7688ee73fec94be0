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

    /** R1.11: the consulent and the teamleider close and reopen a file; no other role does. */
    @Test
    void r1_11_consulentAndTeamleiderCloseAFileAndNoOtherRoleDoes() {
        for (Rol rol : Rol.values()) {
            assertThat(InburgeraarActies.voor(rol).afsluiten())
                    .as(rol.name())
                    .isEqualTo(rol == Rol.CONSULENT || rol == Rol.TEAMLEIDER);
        }
    }
}
