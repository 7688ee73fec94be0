package nl.openinburgering.leerroute;

import org.junit.jupiter.api.Test;

import nl.openinburgering.platform.Rol;
import nl.openinburgering.shared.Leerroute;

import static org.assertj.core.api.Assertions.assertThat;

class LeerrouteActiesTests {

    @Test
    void consulentCompletesAZrouteThatIsNotYetCompleted() {
        assertThat(LeerrouteActies.voor(Rol.CONSULENT, Leerroute.Z_ROUTE, false).zrouteAfronden())
                .isTrue();
    }

    @Test
    void consulentCannotCompleteAZrouteTwice() {
        assertThat(LeerrouteActies.voor(Rol.CONSULENT, Leerroute.Z_ROUTE, true).zrouteAfronden())
                .isFalse();
    }

    @Test
    void consulentCompletesNoZrouteForAnotherLeerrouteOrWithoutPip() {
        assertThat(LeerrouteActies.voor(Rol.CONSULENT, Leerroute.B1_ROUTE, false)
                        .zrouteAfronden())
                .isFalse();
        assertThat(LeerrouteActies.voor(Rol.CONSULENT, null, false).zrouteAfronden())
                .isFalse();
    }

    @Test
    void teamleiderCompletesNoZroute() {
        assertThat(LeerrouteActies.voor(Rol.TEAMLEIDER, Leerroute.Z_ROUTE, false)
                        .zrouteAfronden())
                .isFalse();
    }
}
