package nl.openinburgering.platform.web;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The header menu per role, as the layout renders it from {@link Navigatie}: the same links, texts and
 * order as when the template still tested the role names itself.
 */
@SpringBootTest
@AutoConfigureMockMvc
class NavigatieControllerTests {

    private static final Pattern LINK =
            Pattern.compile("<a class=\"utrecht-link oi-navigatie__link\" href=\"([^\"]+)\">([^<]+)</a>");

    @Autowired
    MockMvc mvc;

    @Test
    void consulentSeesTheCaseworkMenu() throws Exception {
        assertThat(menuVan("CONSULENT", "consulent.dalfsen"))
                .containsExactly(
                        "/ Start",
                        "/inburgeraars Inburgeraars",
                        "/inburgeraars/zoeken Zoeken op BSN",
                        "/werkvoorraad Werkvoorraad",
                        "/inburgeraars/nieuw Inburgeraar registreren",
                        "/aanbieders Aanbieders",
                        "/planning Planning PVT en MAP",
                        "/duo DUO");
    }

    @Test
    void teamleiderSeesTheCaseworkMenuWithoutRegistrationButWithThePvtProgramme() throws Exception {
        assertThat(menuVan("TEAMLEIDER", "teamleider.dalfsen"))
                .containsExactly(
                        "/ Start",
                        "/inburgeraars Inburgeraars",
                        "/inburgeraars/zoeken Zoeken op BSN",
                        "/werkvoorraad Werkvoorraad",
                        "/aanbieders Aanbieders",
                        "/planning Planning PVT en MAP",
                        "/beheer/pvt-programma PVT-programma",
                        "/begeleiding/verantwoording Verantwoording begeleiding",
                        "/handhaving Handhaving");
    }

    @Test
    void functioneelBeheerderSeesTheManagementMenu() throws Exception {
        assertThat(menuVan("FUNCTIONEEL_BEHEERDER", "beheer.dalfsen"))
                .containsExactly(
                        "/ Start",
                        "/beheer/verwerkingen Verwerkingen opvragen",
                        "/beheer/huisstijl Huisstijl brieven",
                        "/beheer/pip-beleid Beleid PIP",
                        "/beheer/aanwezigheid Beleid aanwezigheid",
                        "/beheer/pvt-programma PVT-programma",
                        "/beheer/map-budget MAP-budget",
                        "/beheer/begeleiding Maatschappelijke begeleiding",
                        "/beheer/ontzorging Financieel ontzorgen",
                        "/beheer/handhaving Boetebeleid",
                        "/beheer/regio Regio",
                        "/beheer/begroting Begroting",
                        "/beheer/contractprijzen Contractprijzen",
                        "/beheer/duo Uitwisseling DUO",
                        "/beheer/meldingen E-mails portaal");
    }

    @Test
    void beleidsmedewerkerSeesTheReports() throws Exception {
        assertThat(menuVan("BELEIDSMEDEWERKER", "beleid.dalfsen"))
                .containsExactly(
                        "/ Start",
                        "/rapportages Rapportages",
                        "/rapportages/halfjaar Halfjaarrapportage",
                        "/rapportages/monitoring Monitoring",
                        "/begeleiding/verantwoording Verantwoording begeleiding",
                        "/begroting SPUK-rekentool");
    }

    @Test
    void begeleiderSeesTheirOwnGuidanceCases() throws Exception {
        assertThat(menuVan("MAATSCHAPPELIJK_BEGELEIDER", "begeleider.vluchtelingenwerk"))
                .containsExactly("/ Start", "/begeleidingen Mijn begeleidingen");
    }

    @Test
    void aanbiederSeesItsParticipantsAndHours() throws Exception {
        assertThat(Navigatie.voor(nl.openinburgering.platform.Rol.AANBIEDER))
                .extracting(Navigatie.Punt::href)
                .containsExactly("/", "/aanbieder/deelnemers", "/aanbieder/uren");
    }

    @Test
    void aRoleWithoutTasksSeesOnlyStart() {
        assertThat(Navigatie.voor(nl.openinburgering.platform.Rol.JURIDISCH_ADVISEUR))
                .extracting(Navigatie.Punt::href)
                .containsExactly("/");
    }

    private List<String> menuVan(String rol, String naam) throws Exception {
        String html = mvc.perform(get("/").with(user(naam)
                        .authorities(
                                new SimpleGrantedAuthority("ROLE_" + rol),
                                new SimpleGrantedAuthority("GEMEENTE_0148"))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String menu = html.substring(
                html.indexOf("<nav class=\"oi-navigatie\""), html.indexOf("</nav>", html.indexOf("oi-navigatie")));
        Matcher link = LINK.matcher(menu);
        List<String> gevonden = new java.util.ArrayList<>();
        while (link.find()) {
            gevonden.add(link.group(1) + " " + link.group(2));
        }
        return gevonden;
    }
}
