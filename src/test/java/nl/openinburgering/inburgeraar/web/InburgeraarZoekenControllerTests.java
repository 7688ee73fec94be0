package nl.openinburgering.inburgeraar.web;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import nl.openinburgering.TestBsn;
import nl.openinburgering.Testdossier;

import static nl.openinburgering.UiTestGebruikers.beheerderDalfsen;
import static nl.openinburgering.UiTestGebruikers.consulentDalfsen;
import static nl.openinburgering.UiTestGebruikers.consulentStaphorst;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The quick search of the header: by name, date of birth or BSN, always in a POST body, always logged. */
@SpringBootTest
@AutoConfigureMockMvc
class InburgeraarZoekenControllerTests {

    @Autowired
    MockMvc mvc;

    @Test
    void findsByPartsOfTheNameByDateOfBirthAndByBsnInThePostBody() throws Exception {
        String achternaam = "Zoektest" + UUID.randomUUID().toString().substring(0, 8);
        String bsn = TestBsn.nieuw();
        LocalDate geboren = LocalDate.of(1961, 2, 3);
        String id = Testdossier.in(mvc)
                .bsn(bsn)
                .naam("Mariam Fatima", achternaam)
                .geboren(geboren)
                .persoon()
                .id();
        for (String term : new String[] {achternaam.toLowerCase(), "fatima " + achternaam.substring(0, 12), bsn}) {
            zoek(term)
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("/inburgeraars/" + id)))
                    .andExpect(content().string(containsString("Mariam Fatima " + achternaam)))
                    .andExpect(content().string(not(containsString(bsn + "<"))));
        }
        zoek("03-02-1961").andExpect(content().string(containsString("/inburgeraars/" + id)));
        zoek("1961-02-03").andExpect(content().string(containsString("/inburgeraars/" + id)));
        zoek("Mariam Anders" + achternaam).andExpect(content().string(containsString("Geen dossier gevonden")));
    }

    @Test
    void explainsATooShortTermOrAWrongBsnNextToTheField() throws Exception {
        zoek("a")
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"fout-zoekterm\"")))
                .andExpect(content().string(containsString("Typ ten minste twee letters")));
        zoek("123456789")
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"fout-zoekterm\"")));
    }

    @Test
    void eachSearchThatFindsSomeoneIsInTheProcessingLogAndAnotherGemeenteFindsNothing() throws Exception {
        String achternaam = "Logtest" + UUID.randomUUID().toString().substring(0, 8);
        String bsn = TestBsn.nieuw();
        Testdossier.in(mvc).bsn(bsn).naam("Hana", achternaam).persoon();
        zoek(achternaam).andExpect(content().string(containsString("Hana " + achternaam)));
        mvc.perform(post("/inburgeraars/zoeken")
                        .param("zoekterm", achternaam)
                        .with(consulentStaphorst())
                        .with(csrf()))
                .andExpect(content().string(not(containsString(achternaam + "<"))));
        mvc.perform(post("/beheer/verwerkingen")
                        .param("bsn", bsn)
                        .with(beheerderDalfsen())
                        .with(csrf()))
                .andExpect(content().string(containsString("Inburgeraar zoeken op BSN")));
    }

    private org.springframework.test.web.servlet.ResultActions zoek(String term) throws Exception {
        return mvc.perform(post("/inburgeraars/zoeken")
                .param("zoekterm", term)
                .with(consulentDalfsen())
                .with(csrf()));
    }
}
