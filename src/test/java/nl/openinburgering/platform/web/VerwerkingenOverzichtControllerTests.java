package nl.openinburgering.platform.web;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import nl.openinburgering.TestBsn;

import static nl.openinburgering.UiTestGebruikers.beheerderDalfsen;
import static nl.openinburgering.UiTestGebruikers.consulentDalfsen;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The processing log overview of the functioneel beheerder: paged, filtered, never a BSN in a URL. */
@SpringBootTest
@AutoConfigureMockMvc
class VerwerkingenOverzichtControllerTests {

    @Autowired
    MockMvc mvc;

    @Test
    void filtersByPartOfTheNameShowsWhoseLinesTheyAreAndLogsThatLookup() throws Exception {
        String achternaam = "Filtertest" + UUID.randomUUID().toString().substring(0, 8);
        String bsn = TestBsn.nieuw();
        String locatie = registreer(bsn, "Samira", achternaam);
        registreer(TestBsn.nieuw(), "Omar", "Anders" + achternaam.substring(10));
        mvc.perform(get(locatie).with(consulentDalfsen())).andExpect(status().isOk());

        mvc.perform(post("/beheer/verwerkingen/overzicht")
                        .param("persoon", "samira " + achternaam.toLowerCase())
                        .with(beheerderDalfsen())
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("2 verwerkingen, pagina 1 van 1")))
                .andExpect(content().string(containsString("Van: Samira " + achternaam)))
                .andExpect(content().string(containsString("Dossier inburgeraar raadplegen")))
                .andExpect(content().string(containsString("Inburgeraar registreren")))
                .andExpect(content().string(not(containsString("Omar"))))
                .andExpect(content().string(not(containsString(bsn))));
        // The filter looked up the person's processing: the inzageverzoek lookup shows it.
        mvc.perform(post("/beheer/verwerkingen")
                        .param("bsn", bsn)
                        .with(beheerderDalfsen())
                        .with(csrf()))
                .andExpect(content().string(containsString("3 verwerkingen gevonden")))
                .andExpect(content().string(containsString("Verwerkingen van een persoon opvragen")));
    }

    @Test
    void filtersByFileIdUserActivityAndPeriod() throws Exception {
        String locatie = registreer(TestBsn.nieuw(), "Yusuf", "Periodetest");
        String id = locatie.substring(locatie.lastIndexOf('/') + 1);
        mvc.perform(get(locatie).with(consulentDalfsen())).andExpect(status().isOk());
        String vandaag = LocalDate.now().toString();

        mvc.perform(post("/beheer/verwerkingen/overzicht")
                        .param("persoon", id)
                        .param("gebruiker", "consulent.dalfsen")
                        .param("activiteit", "INBURGERAAR_REGISTREREN")
                        .param("van", vandaag)
                        .param("tot", vandaag)
                        .with(beheerderDalfsen())
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("1 verwerkingen, pagina 1 van 1")))
                .andExpect(content().string(not(containsString("Dossier inburgeraar raadplegen</td>"))));
        mvc.perform(post("/beheer/verwerkingen/overzicht")
                        .param("persoon", id)
                        .param("van", LocalDate.now().plusDays(1).toString())
                        .with(beheerderDalfsen())
                        .with(csrf()))
                .andExpect(content().string(containsString("Geen verwerkingen gevonden met dit filter.")));
        mvc.perform(post("/beheer/verwerkingen/overzicht")
                        .param("persoon", id)
                        .param("gebruiker", "teamleider.dalfsen")
                        .with(beheerderDalfsen())
                        .with(csrf()))
                .andExpect(content().string(containsString("Geen verwerkingen gevonden met dit filter.")));
    }

    @Test
    void pagesFiftyLinesAtATimeWithTheFilterKept() throws Exception {
        String locatie = registreer(TestBsn.nieuw(), "Nadia", "Paginatest");
        String id = locatie.substring(locatie.lastIndexOf('/') + 1);
        for (int i = 0; i < 51; i++) {
            mvc.perform(get(locatie).with(consulentDalfsen())).andExpect(status().isOk());
        }
        mvc.perform(post("/beheer/verwerkingen/overzicht")
                        .param("persoon", id)
                        .param("activiteit", "DOSSIER_RAADPLEGEN")
                        .with(beheerderDalfsen())
                        .with(csrf()))
                .andExpect(content().string(containsString("pagina 1 van 2")))
                .andExpect(content().string(containsString("id=\"overzicht-volgende\"")));
        mvc.perform(post("/beheer/verwerkingen/overzicht")
                        .param("persoon", id)
                        .param("activiteit", "DOSSIER_RAADPLEGEN")
                        .param("pagina", "2")
                        .with(beheerderDalfsen())
                        .with(csrf()))
                .andExpect(content().string(containsString("pagina 2 van 2")))
                .andExpect(content().string(containsString("id=\"overzicht-vorige\"")))
                .andExpect(content().string(containsString("value=\"DOSSIER_RAADPLEGEN\" selected")));
        mvc.perform(get("/beheer/verwerkingen").with(beheerderDalfsen()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"alle-verwerkingen\"")));
    }

    @Test
    void refusesABsnInThePersonFilterAndAnEndBeforeTheStart() throws Exception {
        mvc.perform(post("/beheer/verwerkingen/overzicht")
                        .param("persoon", TestBsn.nieuw())
                        .param("van", "2026-03-02")
                        .param("tot", "2026-03-01")
                        .with(beheerderDalfsen())
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Een BSN vult u in bij het formulier hierboven")))
                .andExpect(content().string(containsString("De einddatum ligt op of na de begindatum.")))
                .andExpect(content().string(not(containsString("id=\"alle-verwerkingen\""))));
    }

    @Test
    void theOverviewIsOnlyForTheFunctioneelBeheerder() throws Exception {
        mvc.perform(post("/beheer/verwerkingen/overzicht")
                        .with(consulentDalfsen())
                        .with(csrf()))
                .andExpect(status().isForbidden());
    }

    private String registreer(String bsn, String voornamen, String geslachtsnaam) throws Exception {
        LocalDate vestiging = LocalDate.now().minusWeeks(2);
        return mvc.perform(post("/inburgeraars/nieuw")
                        .with(consulentDalfsen())
                        .with(csrf())
                        .param("bsn", bsn)
                        .param("voornamen", voornamen)
                        .param("geslachtsnaam", geslachtsnaam)
                        .param("geboortedatum", "1990-01-01")
                        .param("doelgroep", "GEZINSMIGRANT_OF_OVERIGE_MIGRANT")
                        .param(
                                "datumStartInburgeringsplicht",
                                vestiging.minusWeeks(1).toString())
                        .param("datumVestigingGemeente", vestiging.toString()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
    }
}
