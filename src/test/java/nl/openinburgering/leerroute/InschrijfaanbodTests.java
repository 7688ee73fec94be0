package nl.openinburgering.leerroute;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.openinburgering.aanbieder.Aanbieder;
import nl.openinburgering.aanbieder.Aanbiedersoort;
import nl.openinburgering.aanbieder.Deelnamesoort;
import nl.openinburgering.platform.Rol;
import nl.openinburgering.shared.Leerroute;

import static org.assertj.core.api.Assertions.assertThat;

class InschrijfaanbodTests {

    static Aanbieder aanbieder(String naam, boolean tst, Aanbiedersoort... soorten) {
        return new Aanbieder(
                UUID.randomUUID(), naam, "12345678", Set.of(soorten), Optional.empty(), tst, Set.of("0148"));
    }

    static final Aanbieder TST = aanbieder("Taalschakel", true, Aanbiedersoort.TAAL);
    static final Aanbieder TAALSCHOOL = aanbieder("Taalschool", false, Aanbiedersoort.TAAL);
    static final Aanbieder MAP = aanbieder("Werkbedrijf", false, Aanbiedersoort.MAP);
    static final Aanbieder PVT = aanbieder("Participatiehuis", false, Aanbiedersoort.PVT);

    @Test
    void r6_1_r4_8_theOnderwijsrouteOffersNoMapAndLanguageOnlyAtATaalschakelinstelling() {
        Inschrijfaanbod aanbod = Inschrijfaanbod.voor(Leerroute.ONDERWIJSROUTE, List.of(TST, TAALSCHOOL, MAP, PVT));
        assertThat(aanbod.aanbieders()).containsExactly(TST, PVT);
        assertThat(aanbod.soorten()).doesNotContain(Deelnamesoort.MAP).contains(Deelnamesoort.LEERROUTE);
    }

    @Test
    void theB1AndZRouteAndAFileWithoutPipOfferEveryContractedProvider() {
        for (Leerroute route : new Leerroute[] {Leerroute.B1_ROUTE, Leerroute.Z_ROUTE, null}) {
            Inschrijfaanbod aanbod = Inschrijfaanbod.voor(route, List.of(TST, TAALSCHOOL, MAP, PVT));
            assertThat(aanbod.aanbieders()).containsExactly(TST, TAALSCHOOL, MAP, PVT);
            assertThat(aanbod.soorten()).containsExactlyInAnyOrder(Deelnamesoort.values());
        }
    }

    @Test
    void onlyTheConsulentMayEnrol() {
        assertThat(DeelnameActies.voor(Rol.CONSULENT).inschrijven()).isTrue();
        for (Rol rol : Rol.values()) {
            if (rol != Rol.CONSULENT) {
                assertThat(DeelnameActies.voor(rol).inschrijven())
                        .as(rol.name())
                        .isFalse();
            }
        }
    }
}
