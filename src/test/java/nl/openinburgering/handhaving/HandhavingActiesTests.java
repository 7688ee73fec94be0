package nl.openinburgering.handhaving;

import org.junit.jupiter.api.Test;

import nl.openinburgering.platform.Rol;

import static org.assertj.core.api.Assertions.assertThat;

class HandhavingActiesTests {

    @Test
    void the_consulent_opens_and_proposes_but_never_fixes_the_fine() {
        HandhavingActies consulent = HandhavingActies.voor(Rol.CONSULENT);
        assertThat(consulent.openen()).isTrue();
        assertThat(consulent.stappen()).isTrue();
        assertThat(consulent.vaststellen()).isFalse();
        assertThat(consulent.overzicht()).isFalse();
    }

    @Test
    void vier_ogen_the_teamleider_fixes_the_fine_and_sees_the_overview_but_takes_no_consulent_steps() {
        HandhavingActies teamleider = HandhavingActies.voor(Rol.TEAMLEIDER);
        assertThat(teamleider.vaststellen()).isTrue();
        assertThat(teamleider.overzicht()).isTrue();
        assertThat(teamleider.geenBoete()).isTrue();
        assertThat(teamleider.stappen()).isFalse();
    }

    @Test
    void other_roles_do_nothing_in_a_case() {
        HandhavingActies beleid = HandhavingActies.voor(Rol.BELEIDSMEDEWERKER);
        assertThat(beleid).isEqualTo(new HandhavingActies(false, false, false, false, false, false));
        assertThat(HandhavingActies.voor(Rol.FINANCIELE_ADMINISTRATIE).betaalstatus())
                .isTrue();
    }
}
