package nl.openinburgering.pip;

import org.junit.jupiter.api.Test;

import nl.openinburgering.platform.Rol;

import static org.assertj.core.api.Assertions.assertThat;

class PipActiesTests {

    @Test
    void consulentDraftsAndEditsAConceptButDoesNotFixIt() {
        assertThat(PipActies.voor(Rol.CONSULENT, PipStatus.CONCEPT)).isEqualTo(new PipActies(true, true, false));
    }

    @Test
    void consulentMayDraftFromTheListWhereNoOnePipIsMeant() {
        assertThat(PipActies.voor(Rol.CONSULENT, null)).isEqualTo(new PipActies(true, false, false));
    }

    @Test
    void consulentCannotEditAFixedOrReplacedPip() {
        assertThat(PipActies.voor(Rol.CONSULENT, PipStatus.VASTGESTELD).bewerken())
                .isFalse();
        assertThat(PipActies.voor(Rol.CONSULENT, PipStatus.VERVANGEN).bewerken())
                .isFalse();
    }

    @Test
    void teamleiderFixesAConceptButNeitherDraftsNorEdits() {
        assertThat(PipActies.voor(Rol.TEAMLEIDER, PipStatus.CONCEPT)).isEqualTo(new PipActies(false, false, true));
    }

    @Test
    void teamleiderCannotFixAPipThatIsAlreadyFixed() {
        assertThat(PipActies.voor(Rol.TEAMLEIDER, PipStatus.VASTGESTELD).vaststellen())
                .isFalse();
    }

    @Test
    void otherRolesMayDoNothingWithAPip() {
        for (Rol rol : new Rol[] {
            Rol.BELEIDSMEDEWERKER, Rol.JURIDISCH_ADVISEUR, Rol.FUNCTIONEEL_BEHEERDER, Rol.AANBIEDER, Rol.INBURGERAAR
        }) {
            assertThat(PipActies.voor(rol, PipStatus.CONCEPT))
                    .as(rol.name())
                    .isEqualTo(new PipActies(false, false, false));
        }
    }
}
