package nl.openinburgering.werkvoorraad;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import nl.openinburgering.shared.Leerroute;
import nl.openinburgering.werkvoorraad.Dossieroverzicht.Fase;

import static org.assertj.core.api.Assertions.assertThat;

/** The stage of a file: "done" only when the leerroute is met and PVT and MAP are done where they apply. */
class DossierfaseTests {

    static final Optional<Leerroute> B1 = Optional.of(Leerroute.B1_ROUTE);
    static final Optional<Leerroute> Z = Optional.of(Leerroute.Z_ROUTE);
    static final Optional<Leerroute> ONDERWIJS = Optional.of(Leerroute.ONDERWIJSROUTE);

    @Test
    void withoutAVastgesteldPipTheFileIsInIntakeOrPip() {
        assertThat(DossierBeheer.fase(Optional.empty(), false, false, false, false))
                .isEqualTo(Fase.INTAKE);
        assertThat(DossierBeheer.fase(Optional.empty(), true, false, false, false))
                .isEqualTo(Fase.PIP);
    }

    @Test
    void r4_1_aB1RouteIsDoneOnlyWithTheExamsPassedAndPvtAndMapDone() {
        assertThat(DossierBeheer.fase(B1, true, true, true, true)).isEqualTo(Fase.AFGEROND);
        assertThat(DossierBeheer.fase(B1, true, false, true, true))
                .as("PVT and MAP done, the exams not yet passed")
                .isEqualTo(Fase.PVT_MAP);
        assertThat(DossierBeheer.fase(B1, true, true, false, true))
                .as("PVT not signed")
                .isEqualTo(Fase.PVT_MAP);
        assertThat(DossierBeheer.fase(B1, true, true, true, false))
                .as("MAP not done")
                .isEqualTo(Fase.PVT_MAP);
        assertThat(DossierBeheer.fase(B1, true, false, false, false)).isEqualTo(Fase.LEERROUTE);
    }

    @Test
    void r4_5_aZRouteIsDoneOnlyWhenCompletedAndPvtAndMapDone() {
        assertThat(DossierBeheer.fase(Z, true, true, true, true)).isEqualTo(Fase.AFGEROND);
        assertThat(DossierBeheer.fase(Z, true, false, true, true))
                .as("the Z-route not completed")
                .isEqualTo(Fase.PVT_MAP);
    }

    @Test
    void r6_1_theOnderwijsrouteNeedsNoMapToBeDone() {
        assertThat(DossierBeheer.fase(ONDERWIJS, true, true, true, false)).isEqualTo(Fase.AFGEROND);
        assertThat(DossierBeheer.fase(ONDERWIJS, true, true, false, false))
                .as("the PVT applies to every route")
                .isEqualTo(Fase.PVT_MAP);
    }
}
