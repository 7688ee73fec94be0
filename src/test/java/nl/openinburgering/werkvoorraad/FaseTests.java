package nl.openinburgering.werkvoorraad;

import org.junit.jupiter.api.Test;

import nl.openinburgering.shared.Leerroute;

import static org.assertj.core.api.Assertions.assertThat;

class FaseTests {

    @Test
    void withoutAVastgesteldPipTheStageIsIntakeOrPipByTheConcept() {
        assertThat(Fase.van(false, null, false, false, false)).isEqualTo(Fase.INTAKE);
        assertThat(Fase.van(true, null, false, false, false)).isEqualTo(Fase.PIP);
    }

    @Test
    void aVastgesteldPipStartsTheLeerrouteAndThePvtOrMapMovesItOn() {
        assertThat(Fase.van(true, Leerroute.B1_ROUTE, false, false, false)).isEqualTo(Fase.LEERROUTE);
        assertThat(Fase.van(false, Leerroute.B1_ROUTE, true, false, false)).isEqualTo(Fase.PVT_MAP);
        assertThat(Fase.van(false, Leerroute.B1_ROUTE, true, true, false)).isEqualTo(Fase.PVT_MAP);
    }

    @Test
    void r4_4_r6_1_aZRouteIsDoneWithItsCompletionThePvtAndTheMap() {
        assertThat(Fase.van(false, Leerroute.Z_ROUTE, false, false, true)).isEqualTo(Fase.PVT_MAP);
        assertThat(Fase.van(false, Leerroute.Z_ROUTE, true, true, true)).isEqualTo(Fase.AFGEROND);
        assertThat(Fase.van(false, Leerroute.Z_ROUTE, true, false, true)).isEqualTo(Fase.PVT_MAP);
    }
}
