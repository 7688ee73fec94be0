package nl.openinburgering.werkvoorraad;

import org.junit.jupiter.api.Test;

import nl.openinburgering.platform.Rol;

import static org.assertj.core.api.Assertions.assertThat;

class WerkvoorraadActiesTests {

    @Test
    void teamleiderSeesTheTeamsWorklistAndAssignsButRecordsNoVoortgangsgesprek() {
        assertThat(WerkvoorraadActies.voor(Rol.TEAMLEIDER)).isEqualTo(new WerkvoorraadActies(true, true, false));
    }

    @Test
    void d9_consulentSeesOnlyTheirOwnWorklistDoesNotAssignAndRecordsVoortgangsgesprekken() {
        assertThat(WerkvoorraadActies.voor(Rol.CONSULENT)).isEqualTo(new WerkvoorraadActies(false, false, true));
    }
}
