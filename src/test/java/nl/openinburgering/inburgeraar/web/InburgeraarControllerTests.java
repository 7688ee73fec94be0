package nl.openinburgering.inburgeraar.web;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

import nl.openinburgering.TestBsn;
import nl.openinburgering.Testdossier;
import nl.openinburgering.platform.Tenant;
import nl.openinburgering.platform.Verwerkingslog;
import nl.openinburgering.shared.Bsn;
import nl.openinburgering.shared.Gemeentecode;
import nl.openinburgering.shared.Leerroute;

import static nl.openinburgering.UiTestGebruikers.consulentDalfsen;
import static nl.openinburgering.UiTestGebruikers.consulentStaphorst;
import static nl.openinburgering.UiTestGebruikers.teamleiderDalfsen;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class InburgeraarControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactie;

    @Autowired
    Verwerkingslog verwerkingslog;

    @Test
    void registersAPersonAndRedirectsToTheDetailPageWithAMessage() throws Exception {
        String bsn = TestBsn.nieuw();
        var antwoord = mvc.perform(formulier(post("/inburgeraars/nieuw"), bsn, "Amina", "Haddad")
                        .with(consulentDalfsen()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("melding", "melding.geregistreerd"))
                .andReturn()
                .getResponse();
        String locatie = antwoord.getRedirectedUrl();
        assertThat(locatie).matches("/inburgeraars/[0-9a-f-]{36}");
        // The flash message travels in the UI session, which lives in PostgreSQL behind the SESSION cookie.
        mvc.perform(get(locatie).with(consulentDalfsen()).cookie(antwoord.getCookie("SESSION")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("De inburgeraar is geregistreerd.")))
                .andExpect(content().string(containsString("Amina Haddad")));
    }

    @Test
    void showsEveryFieldErrorNextToItsFieldAndInASummaryWithLinks() throws Exception {
        mvc.perform(post("/inburgeraars/nieuw")
                        .param("bsn", "12345")
                        .with(consulentDalfsen())
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"foutsamenvatting\"")))
                .andExpect(content().string(containsString("href=\"#veld-bsn\"")))
                .andExpect(content().string(containsString("Een BSN bestaat uit precies 9 cijfers.")))
                .andExpect(content().string(containsString("href=\"#veld-doelgroep\"")))
                .andExpect(content().string(containsString("Kies de doelgroep.")))
                .andExpect(content().string(containsString("aria-invalid=\"true\"")))
                .andExpect(content().string(containsString("aria-describedby=\"hint-bsn fout-bsn\"")))
                .andExpect(content().string(containsString("<title>Fout: Inburgeraar registreren")))
                .andExpect(content().string(not(containsString("??"))));
    }

    /** R1.3: the form shows the refusal next to the birth date, with the rule ID in front. */
    @Test
    void r1_3_showsARefusalOfSomeoneUnder18NextToTheBirthDateWithTheRuleId() throws Exception {
        LocalDate startPlicht = LocalDate.of(2026, 1, 12);
        mvc.perform(registratie(TestBsn.nieuw(), "2008-01-13", startPlicht).with(consulentDalfsen()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"fout-geboortedatum\"")))
                .andExpect(content().string(containsString("R1.3: De persoon was bij de start")));
        mvc.perform(registratie(TestBsn.nieuw(), "2008-01-12", startPlicht).with(consulentDalfsen()))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void showsTheMessageOfADuplicateBsnNextToTheBsnField() throws Exception {
        String bsn = TestBsn.nieuw();
        registreer(bsn, "Yonas", "Tesfaye");
        mvc.perform(formulier(post("/inburgeraars/nieuw"), bsn, "Yonas", "Tesfaye")
                        .with(consulentDalfsen()))
                .andExpect(status().isConflict())
                .andExpect(
                        content().string(containsString("Er is al een actief dossier voor dit BSN in deze gemeente.")))
                .andExpect(content().string(containsString("id=\"fout-bsn\"")));
    }

    @Test
    void showsTheDetailPageWithTheDeadlineAndWritesExactlyOneProcessingLogLine() throws Exception {
        String bsn = TestBsn.nieuw();
        String locatie = registreer(bsn, "Rania", "Al-Masri");
        long voor = raadplegingen(bsn);
        mvc.perform(get(locatie).with(consulentDalfsen()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Uiterlijke datum vaststelling PIP")))
                .andExpect(content().string(containsString("id=\"dagen-resterend\"")))
                .andExpect(content().string(containsString("id=\"wijzigen\"")));
        assertThat(raadplegingen(bsn)).isEqualTo(voor + 1);
    }

    /**
     * R2.8: the deadline block kept saying "verlopen" in red after the PIP was fixed. It
     * now shows the state: fixed on time (on the last day), fixed late (a day after), or open; only an open
     * deadline in the past is "verlopen". Failed before the fix: both fixed files said "geleden verlopen".
     */
    @Test
    void r2_8_theDeadlineBlockSaysWhetherThePipWasFixedOnTimeLateOrIsStillOpen() throws Exception {
        LocalDate vestiging = LocalDate.of(2025, 1, 10);
        LocalDate uiterlijk = vestiging.plusDays(70);
        Testdossier.Persoon opTijd = Testdossier.in(mvc)
                .plichtVanaf(vestiging)
                .gevestigd(vestiging)
                .persoon()
                .metPipMetAfspraken(Leerroute.Z_ROUTE)
                .vastgesteld(uiterlijk);
        mvc.perform(get("/inburgeraars/" + opTijd.id()).with(consulentDalfsen()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("oi-termijn--op-tijd")))
                .andExpect(content().string(containsString("Het PIP is op tijd vastgesteld, op 21 maart 2025.")))
                .andExpect(content().string(not(containsString("geleden verlopen"))));

        Testdossier.Persoon teLaat = Testdossier.in(mvc)
                .plichtVanaf(vestiging)
                .gevestigd(vestiging)
                .persoon()
                .metPipMetAfspraken(Leerroute.Z_ROUTE)
                .vastgesteld(uiterlijk.plusDays(1));
        mvc.perform(get("/inburgeraars/" + teLaat.id()).with(consulentDalfsen()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("oi-termijn--te-laat")))
                .andExpect(content()
                        .string(containsString(
                                "Het PIP is op 22 maart 2025 vastgesteld, 1 dag na de uiterlijke datum.")))
                .andExpect(content().string(not(containsString("geleden verlopen"))));

        Testdossier.Persoon open =
                Testdossier.in(mvc).plichtVanaf(vestiging).gevestigd(vestiging).persoon();
        mvc.perform(get("/inburgeraars/" + open.id()).with(consulentDalfsen()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("oi-termijn--verlopen")))
                .andExpect(content().string(containsString("geleden verlopen")));
    }

    @Test
    void answersNotFoundWhenAStaphorstConsulentOpensADalfsenFile() throws Exception {
        String locatie = registreer(TestBsn.nieuw(), "Samir", "Khalil");
        mvc.perform(get(locatie).with(consulentStaphorst()))
                .andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString("Khalil"))));
        mvc.perform(get(locatie + "/bewerken").with(consulentStaphorst())).andExpect(status().isNotFound());
    }

    @Test
    void refusesAStaleEditOnTheUiAndKeepsTheNewerData() throws Exception {
        String bsn = TestBsn.nieuw();
        String locatie = registreer(bsn, "Hiwet", "Gebremedhin");
        mvc.perform(formulier(post(locatie + "/bewerken"), bsn, "Hiwet", "Eerste")
                        .param("versie", "0")
                        .with(consulentDalfsen()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(formulier(post(locatie + "/bewerken"), bsn, "Hiwet", "Tweede")
                        .param("versie", "0")
                        .with(consulentDalfsen()))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Iemand anders heeft dit dossier intussen gewijzigd.")))
                .andExpect(content().string(containsString("value=\"Tweede\"")));
        mvc.perform(get(locatie).with(consulentDalfsen()))
                .andExpect(content().string(containsString("Hiwet Eerste")))
                .andExpect(content().string(not(containsString("Tweede"))));
    }

    @Test
    void showsTheEditFormWithTheCurrentVersion() throws Exception {
        String locatie = registreer(TestBsn.nieuw(), "Omar", "Darwish");
        mvc.perform(get(locatie + "/bewerken").with(consulentDalfsen()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"versie\" value=\"0\"")))
                .andExpect(content().string(containsString("value=\"Darwish\"")));
    }

    @Test
    void listsPagesOfTwentySortedWithAriaSortOnTheSortedColumn() throws Exception {
        for (int i = 0; i < 20 + 1; i++) { // one more than a page of the list
            registreer(TestBsn.nieuw(), "Abel", "Aaaaa-lijsttest");
        }
        mvc.perform(get("/inburgeraars").param("sorteer", "-geboortedatum").with(teamleiderDalfsen()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("aria-sort=\"descending\"")))
                .andExpect(content().string(containsString("sorteer=geboortedatum")))
                .andExpect(content().string(containsString("aria-label=\"Paginering\"")));
        mvc.perform(get("/inburgeraars").param("sorteer", "geslachtsnaam").with(consulentDalfsen()))
                .andExpect(content().string(containsString("aria-sort=\"ascending\"")))
                .andExpect(content().string(containsString("Aaaaa-lijsttest")))
                .andExpect(content().string(containsString("pagina=2")));
        mvc.perform(get("/inburgeraars")
                        .param("sorteer", "bestaatniet")
                        .param("pagina", "0")
                        .with(consulentDalfsen()))
                .andExpect(status().isOk());
    }

    @Test
    void findsAPersonByTheBsnInThePostBody() throws Exception {
        String bsn = TestBsn.nieuw();
        registreer(bsn, "Farah", "Yousef");
        mvc.perform(post("/inburgeraars/zoeken")
                        .param("bsn", bsn)
                        .with(consulentDalfsen())
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Farah Yousef")));
        mvc.perform(post("/inburgeraars/zoeken")
                        .param("bsn", TestBsn.nieuw())
                        .with(consulentDalfsen())
                        .with(csrf()))
                .andExpect(content().string(containsString("Geen dossier gevonden")));
        mvc.perform(post("/inburgeraars/zoeken")
                        .param("bsn", TestBsn.ongeldig())
                        .with(consulentDalfsen())
                        .with(csrf()))
                .andExpect(content().string(containsString("Dit BSN voldoet niet aan de elfproef.")))
                .andExpect(content().string(containsString("aria-invalid=\"true\"")));
    }

    @Test
    void letsATeamleiderViewButNotRegisterOrEdit() throws Exception {
        String locatie = registreer(TestBsn.nieuw(), "Dawit", "Bekele");
        mvc.perform(get(locatie).with(teamleiderDalfsen()))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"wijzigen\""))));
        mvc.perform(get("/inburgeraars/nieuw").with(teamleiderDalfsen())).andExpect(status().isForbidden());
        mvc.perform(get(locatie + "/bewerken").with(teamleiderDalfsen())).andExpect(status().isForbidden());
    }

    private String registreer(String bsn, String voornamen, String geslachtsnaam) throws Exception {
        return mvc.perform(formulier(post("/inburgeraars/nieuw"), bsn, voornamen, geslachtsnaam)
                        .with(consulentDalfsen()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
    }

    private static MockHttpServletRequestBuilder registratie(String bsn, String geboortedatum, LocalDate startPlicht) {
        return post("/inburgeraars/nieuw")
                .with(csrf())
                .param("bsn", bsn)
                .param("voornamen", "Sara")
                .param("geslachtsnaam", "Haddad")
                .param("geboortedatum", geboortedatum)
                .param("doelgroep", "ASIELSTATUSHOUDER")
                .param("datumStartInburgeringsplicht", startPlicht.toString())
                .param("datumVestigingGemeente", startPlicht.plusWeeks(2).toString())
                .param("datumStartTermijnVaststellingLeerroute", "");
    }

    private static MockHttpServletRequestBuilder formulier(
            MockHttpServletRequestBuilder verzoek, String bsn, String voornamen, String geslachtsnaam) {
        LocalDate vestiging = LocalDate.now().minusWeeks(3);
        return verzoek.with(csrf())
                .param("bsn", bsn)
                .param("voornamen", voornamen)
                .param("geslachtsnaam", geslachtsnaam)
                .param("geboortedatum", "1994-05-17")
                .param("doelgroep", "ASIELSTATUSHOUDER")
                .param("datumStartInburgeringsplicht", vestiging.minusWeeks(4).toString())
                .param("datumVestigingGemeente", vestiging.toString())
                .param("datumStartTermijnVaststellingLeerroute", "");
    }

    private long raadplegingen(String bsn) {
        return Tenant.alsGemeente(
                new Gemeentecode("0148"),
                () -> transactie.execute(status -> jdbc.sql("""
                select count(*) from verwerking where betrokkene = ? and activiteit = 'DOSSIER_RAADPLEGEN'""")
                        .param(verwerkingslog.pseudoniem(Bsn.van(bsn)))
                        .query(Long.class)
                        .single()));
    }
}
