package nl.openinburgering.werkvoorraad.web;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import nl.openinburgering.TestBsn;
import nl.openinburgering.Testdossier;
import nl.openinburgering.UiTestGebruikers;
import nl.openinburgering.shared.Leerroute;
import nl.openinburgering.shared.Vandaag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The person header: on every page of a person's file the same name, masked BSN, leerroute, consulent and
 * deadlines, and never the full BSN in it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PersoonskopControllerTests {

    private static final String[] PAGINAS = {"", "/intake", "/pips", "/leerroute", "/pvt", "/map"};

    @Autowired
    MockMvc mvc;

    @Test
    void everyPageOfTheFileShowsThePersonHeaderWithTheBsnMasked() throws Exception {
        String bsn = TestBsn.nieuw();
        LocalDate dagtekening = Vandaag.datum().minusDays(100);
        String id = Testdossier.in(mvc)
                .naam("Amina", "Persoonskop")
                .bsn(bsn)
                .persoonMetPip(Leerroute.B1_ROUTE, dagtekening)
                .id();
        for (String pagina : PAGINAS) {
            String kop = persoonskop("/inburgeraars/" + id + pagina);
            assertThat(kop)
                    .as(pagina)
                    .contains("Amina Persoonskop")
                    .contains("******" + bsn.substring(6))
                    .doesNotContain(bsn)
                    .contains("B1-route")
                    .contains("consulent.dalfsen")
                    .contains("Inburgeringstermijn tot en met")
                    // R3.4: the last day, inclusive: three years after the dagtekening, not the exclusive end
                    .contains(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.of("nl"))
                            .format(dagtekening.plusYears(3)));
        }
    }

    @Test
    void withoutAPipTheHeaderShowsTheR2_8DeadlineAndNoLeerroute() throws Exception {
        String bsn = TestBsn.nieuw();
        String persoon = mvc.perform(post("/api/v1/inburgeraars")
                        .with(Testdossier.CONSULENT)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"bsn": "%s", "voornamen": "Amina", "geslachtsnaam": "Zonderpip", "geboortedatum": "2003-05-17",
                                 "doelgroep": "ASIELSTATUSHOUDER", "datumStartInburgeringsplicht": "%s",
                                 "datumVestigingGemeente": "%s"}""".formatted(
                                        bsn,
                                        Vandaag.datum().minusDays(20),
                                        Vandaag.datum().minusDays(10))))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String id = JsonPath.read(persoon, "$.id");
        String kop = persoonskop("/inburgeraars/" + id + "/pips");
        assertThat(kop)
                .contains("PIP uiterlijk vastgesteld")
                .contains("Nog niet vastgesteld")
                .doesNotContain("Inburgeringstermijn tot en met")
                .doesNotContain(bsn);
    }

    @Test
    void pagesOutsideAPersonsFileHaveNoPersonHeader() throws Exception {
        String html = mvc.perform(get("/inburgeraars").with(UiTestGebruikers.consulentDalfsen()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).doesNotContain("id=\"persoonskop\"");
    }

    private String persoonskop(String pad) throws Exception {
        String html = mvc.perform(get(pad).with(UiTestGebruikers.consulentDalfsen()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        int begin = html.indexOf("id=\"persoonskop\"");
        assertThat(begin).as("person header on " + pad).isPositive();
        return html.substring(begin, html.indexOf("</section>", begin));
    }
}
