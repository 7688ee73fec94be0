package nl.openinburgering.map;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import nl.openinburgering.platform.Rol;

import static org.assertj.core.api.Assertions.assertThat;

class MapActiesTests {

    private static final LocalDate DATUM = LocalDate.of(2026, 3, 1);

    @Test
    void consulentChangesThemesCostsAndRecordsTheEindgesprekWhileThereIsNone() {
        assertThat(MapActies.voor(Rol.CONSULENT, Optional.empty())).isEqualTo(new MapActies(true, true, true));
    }

    @Test
    void r6_4_consulentRecordsAnotherEindgesprekAfterAnInsufficientOne() {
        MapEindgesprek onvoldoende = new MapEindgesprek(DATUM, false, Optional.empty());
        assertThat(MapActies.voor(Rol.CONSULENT, Optional.of(onvoldoende)).eindgesprekVastleggen())
                .isTrue();
    }

    @Test
    void r6_4_consulentRecordsNoEindgesprekAfterASufficientOne() {
        MapEindgesprek voldoende = new MapEindgesprek(DATUM, true, Optional.empty());
        assertThat(MapActies.voor(Rol.CONSULENT, Optional.of(voldoende))).isEqualTo(new MapActies(true, true, false));
    }

    @Test
    void teamleiderOnlyLooksAtTheMap() {
        assertThat(MapActies.voor(Rol.TEAMLEIDER, Optional.empty())).isEqualTo(new MapActies(false, false, false));
    }
}
