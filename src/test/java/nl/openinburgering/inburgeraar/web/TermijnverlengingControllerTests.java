package nl.openinburgering.inburgeraar.web;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import nl.openinburgering.Testdossier;
import nl.openinburgering.shared.Leerroute;

import static nl.openinburgering.UiTestGebruikers.consulentDalfsen;
import static nl.openinburgering.UiTestGebruikers.consulentStaphorst;
import static nl.openinburgering.UiTestGebruikers.teamleiderDalfsen;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** R3.6: the screen of the inburgeringstermijn and DUO's extensions in the person's file. */
@SpringBootTest
@AutoConfigureMockMvc
class TermijnverlengingControllerTests {

    @Autowired
    MockMvc mvc;

    /** The first PIP is dated 1 March 2026, so the term runs up to and including 1 March 2029 (R3.4). */
    String pagina() throws Exception {
        String id = Testdossier.in(mvc)
                .persoonMetPip(Leerroute.B1_ROUTE, LocalDate.of(2026, 3, 1))
                .id();
        return "/inburgeraars/" + id + "/termijnverlengingen";
    }

    /**
     * R3.6: an extension that would not end after the current term is refused beside the new end date with the
     * rule ID and changes nothing; DUO's extension to 2 September 2029 is registered, moves the last day and shows
     * as DUO's, without a way to change it.
     */
    @Test
    void r3_6_theConsulentRegistersDuosExtensionOnlyToALaterEnd() throws Exception {
        String pagina = pagina();
        mvc.perform(get(pagina).with(consulentDalfsen()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"persoonskop\"")))
                .andExpect(content().string(containsString("tot en met 1 maart 2029")))
                .andExpect(content().string(containsString("id=\"geen-verlengingen\"")))
                .andExpect(content().string(containsString("id=\"termijnverlenging-formulier\"")));

        mvc.perform(post(pagina)
                        .with(consulentDalfsen())
                        .with(csrf())
                        .param("verlengingDatumBesluit", "2026-10-01")
                        .param("verlengingNieuweEinddatum", "2029-01-01")
                        .param("verlengingReden", "Ziekte"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"fout-verlengingNieuweEinddatum\"")))
                .andExpect(content().string(containsString("R3.6: De nieuwe einddatum ligt na de huidige einddatum")))
                .andExpect(content().string(containsString("value=\"Ziekte\"")));
        mvc.perform(get(pagina).with(consulentDalfsen()))
                .andExpect(content().string(containsString("id=\"geen-verlengingen\"")))
                .andExpect(content().string(containsString("tot en met 1 maart 2029")));

        mvc.perform(post(pagina)
                        .with(consulentDalfsen())
                        .with(csrf())
                        .param("verlengingDatumBesluit", "2026-10-01")
                        .param("verlengingNieuweEinddatum", "2029-09-02")
                        .param("verlengingReden", "Ziekte"))
                .andExpect(redirectedUrl(pagina))
                .andExpect(flash().attribute("melding", "termijnverlenging.melding.geregistreerd"));
        mvc.perform(get(pagina).with(consulentDalfsen()))
                .andExpect(content().string(containsString("tot en met 1 september 2029")))
                .andExpect(content().string(containsString("id=\"verlenging-0\"")))
                .andExpect(content().string(containsString("Van DUO, niet te wijzigen")))
                .andExpect(content().string(not(containsString("termijnverlengingen/0"))));
    }

    /** R3.6 with R3.4: before the first PIP there is no term, so the page explains and offers no form. */
    @Test
    void r3_6_withoutAFirstPipThereIsNoTermToExtend() throws Exception {
        String id = Testdossier.in(mvc).persoon().id();
        mvc.perform(get("/inburgeraars/" + id + "/termijnverlengingen").with(consulentDalfsen()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"geen-termijn\"")))
                .andExpect(content().string(not(containsString("termijnverlenging-formulier"))));
    }

    /** The teamleider reads the term but registers nothing (as on the API); another gemeente finds no file. */
    @Test
    void theTeamleiderReadsWithoutAFormAndAnotherGemeenteFindsNothing() throws Exception {
        String pagina = pagina();
        mvc.perform(get(pagina).with(teamleiderDalfsen()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("tot en met 1 maart 2029")))
                .andExpect(content().string(not(containsString("termijnverlenging-formulier"))));
        mvc.perform(post(pagina)
                        .with(teamleiderDalfsen())
                        .with(csrf())
                        .param("verlengingDatumBesluit", "2026-10-01")
                        .param("verlengingNieuweEinddatum", "2029-09-02")
                        .param("verlengingReden", "Ziekte"))
                .andExpect(status().isForbidden());
        mvc.perform(get(pagina).with(consulentStaphorst())).andExpect(status().isNotFound());
    }
}
