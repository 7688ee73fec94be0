package nl.openinburgering.platform.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import nl.openinburgering.TestBsn;

import static nl.openinburgering.UiTestGebruikers.beheerderDalfsen;
import static nl.openinburgering.UiTestGebruikers.consulentDalfsen;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class VerwerkingenControllerTests {

    @Autowired
    MockMvc mvc;

    @Test
    void showsWhoLookedAtTheFileWhenAndWhyAndLogsTheLookupItself() throws Exception {
        String bsn = TestBsn.nieuw();
        String locatie = registreer(bsn);
        mvc.perform(get(locatie).with(consulentDalfsen())).andExpect(status().isOk());

        mvc.perform(post("/beheer/verwerkingen")
                        .param("bsn", bsn)
                        .with(beheerderDalfsen())
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("2 verwerkingen gevonden")))
                .andExpect(content().string(containsString("consulent.dalfsen")))
                .andExpect(content().string(containsString("Dossier inburgeraar raadplegen")))
                .andExpect(content().string(containsString("Begeleiden van de inburgeraar")))
                .andExpect(content().string(containsString("AVG art. 6 lid 1 sub e")))
                .andExpect(content().string(containsString("Inburgeraar registreren")));

        mvc.perform(post("/beheer/verwerkingen")
                        .param("bsn", bsn)
                        .with(beheerderDalfsen())
                        .with(csrf()))
                .andExpect(content().string(containsString("3 verwerkingen gevonden")))
                .andExpect(content().string(containsString("Verwerkingen van een persoon opvragen")))
                .andExpect(content().string(containsString("Functioneel beheerder")));
    }

    @Test
    void exportsTheProcessingAsASemicolonSeparatedUtf8CsvAttachment() throws Exception {
        String bsn = TestBsn.nieuw();
        registreer(bsn);
        byte[] csv = mvc.perform(post("/beheer/verwerkingen/export")
                        .param("bsn", bsn)
                        .with(beheerderDalfsen())
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("text/csv")))
                .andExpect(header().string("Content-Type", containsString("UTF-8")))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(header().string("Content-Disposition", containsString("verwerkingen.csv")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        String tekst = new String(csv, StandardCharsets.UTF_8);
        String[] regels = tekst.replace("\uFEFF", "").split("\r\n");
        assertThat(regels[0]).isEqualTo("tijdstip;gebruiker;rol;activiteit;doel;grondslag;handeling;uitkomst;trace_id");
        assertThat(regels).hasSize(2);
        assertThat(velden(regels[1])).hasSize(9);
        assertThat(regels[1]).contains(";\"AVG art. 6 lid 1 sub e; Wet inburgering 2021\";");
        assertThat(regels[1])
                .contains(";consulent.dalfsen;Consulent;Inburgeraar registreren;")
                .contains(";AANMAKEN;GELUKT;");
        assertThat(tekst).doesNotContain(bsn);
    }

    @Test
    void explainsAnInvalidBsnNextToTheField() throws Exception {
        mvc.perform(post("/beheer/verwerkingen")
                        .param("bsn", "123")
                        .with(beheerderDalfsen())
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Een BSN bestaat uit precies 9 cijfers.")))
                .andExpect(content().string(containsString("aria-invalid=\"true\"")));
    }

    @Test
    void isOnlyForTheFunctioneelBeheerder() throws Exception {
        mvc.perform(get("/beheer/verwerkingen").with(consulentDalfsen())).andExpect(status().isForbidden());
        mvc.perform(post("/beheer/verwerkingen/export")
                        .param("bsn", TestBsn.nieuw())
                        .with(consulentDalfsen())
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/beheer/verwerkingen").with(beheerderDalfsen())).andExpect(status().isOk());
    }

    /** Splits one CSV line on semicolons outside quotes. */
    private static List<String> velden(String regel) {
        List<String> velden = new ArrayList<>();
        StringBuilder veld = new StringBuilder();
        boolean binnenAanhalingstekens = false;
        for (char teken : regel.toCharArray()) {
            if (teken == '"') {
                binnenAanhalingstekens = !binnenAanhalingstekens;
            } else if (teken == ';' && !binnenAanhalingstekens) {
                velden.add(veld.toString());
                veld.setLength(0);
            } else {
                veld.append(teken);
            }
        }
        velden.add(veld.toString());
        return velden;
    }

    private String registreer(String bsn) throws Exception {
        LocalDate vestiging = LocalDate.now().minusWeeks(2);
        return mvc.perform(post("/inburgeraars/nieuw")
                        .with(consulentDalfsen())
                        .with(csrf())
                        .param("bsn", bsn)
                        .param("voornamen", "Leyla")
                        .param("geslachtsnaam", "Ahmadi")
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
