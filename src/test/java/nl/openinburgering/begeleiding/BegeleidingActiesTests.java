package nl.openinburgering.begeleiding;

import org.junit.jupiter.api.Test;

import nl.openinburgering.platform.Rol;

import static org.assertj.core.api.Assertions.assertThat;

/** What each role may do with maatschappelijke begeleiding. */
class BegeleidingActiesTests {

    @Test
    void consulentStartsATrajectOnlyWhenThereIsNone() {
        assertThat(BegeleidingActies.voor(Rol.CONSULENT, false, false).starten())
                .isTrue();
        assertThat(BegeleidingActies.voor(Rol.CONSULENT, true, false).starten()).isFalse();
        assertThat(BegeleidingActies.voor(Rol.CONSULENT, true, false).contactVastleggen())
                .isFalse();
    }

    @Test
    void begeleiderRecordsContactAndClosesOnlyAnOpenTraject() {
        assertThat(BegeleidingActies.voor(Rol.MAATSCHAPPELIJK_BEGELEIDER, true, false))
                .isEqualTo(new BegeleidingActies(false, true, true));
        assertThat(BegeleidingActies.voor(Rol.MAATSCHAPPELIJK_BEGELEIDER, true, true))
                .isEqualTo(new BegeleidingActies(false, false, false));
    }

    @Test
    void teamleiderOnlyLooks() {
        assertThat(BegeleidingActies.voor(Rol.TEAMLEIDER, false, false))
                .isEqualTo(new BegeleidingActies(false, false, false));
    }
}
