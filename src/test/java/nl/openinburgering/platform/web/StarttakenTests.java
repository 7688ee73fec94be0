package nl.openinburgering.platform.web;

import org.junit.jupiter.api.Test;

import nl.openinburgering.platform.Rol;

import static org.assertj.core.api.Assertions.assertThat;

class StarttakenTests {

    @Test
    void consulentFindsRegistersAndSearchesPeople() {
        assertThat(Starttaken.voor(Rol.CONSULENT))
                .extracting(Navigatie.Punt::href)
                .containsExactly("/inburgeraars", "/inburgeraars/zoeken", "/inburgeraars/nieuw");
    }

    @Test
    void teamleiderFindsAndSearchesPeopleButRegistersNoOne() {
        assertThat(Starttaken.voor(Rol.TEAMLEIDER))
                .extracting(Navigatie.Punt::href)
                .containsExactly("/inburgeraars", "/inburgeraars/zoeken", "/begeleiding/verantwoording");
    }

    @Test
    void functioneelBeheerderAnswersAnInzageverzoek() {
        assertThat(Starttaken.voor(Rol.FUNCTIONEEL_BEHEERDER))
                .extracting(Navigatie.Punt::href)
                .containsExactly("/beheer/verwerkingen", "/beheer/meldingen");
    }

    @Test
    void beleidsmedewerkerReadsTheReports() {
        assertThat(Starttaken.voor(Rol.BELEIDSMEDEWERKER))
                .extracting(Navigatie.Punt::href)
                .containsExactly(
                        "/rapportages",
                        "/rapportages/halfjaar",
                        "/rapportages/monitoring",
                        "/begeleiding/verantwoording",
                        "/begroting");
    }

    @Test
    void begeleiderSeesTheirGuidanceCases() {
        assertThat(Starttaken.voor(Rol.MAATSCHAPPELIJK_BEGELEIDER))
                .extracting(Navigatie.Punt::href)
                .containsExactly("/begeleidingen");
    }

    @Test
    void aanbiederSeesParticipantsAndReportsHours() {
        assertThat(Starttaken.voor(Rol.AANBIEDER))
                .extracting(Navigatie.Punt::href)
                .containsExactly("/aanbieder/deelnemers", "/aanbieder/uren");
    }

    @Test
    void financieleAdministratieReviewsTheMonthlyPaymentRun() {
        assertThat(Starttaken.voor(Rol.FINANCIELE_ADMINISTRATIE))
                .extracting(Navigatie.Punt::href)
                .containsExactly("/ontzorging/betaalrondes");
    }

    @Test
    void rolesWithoutTasksGetNoneSoThePageSaysSo() {
        for (Rol rol : new Rol[] {Rol.JURIDISCH_ADVISEUR, Rol.INBURGERAAR}) {
            assertThat(Starttaken.voor(rol)).as(rol.name()).isEmpty();
        }
    }
}
