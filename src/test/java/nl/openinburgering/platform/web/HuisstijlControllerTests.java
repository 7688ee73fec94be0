package nl.openinburgering.platform.web;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static nl.openinburgering.UiTestGebruikers.beheerderDalfsen;
import static nl.openinburgering.UiTestGebruikers.consulentDalfsen;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class HuisstijlControllerTests {

    /** Zwartewaterland's beheerder: these tests change a letterhead, so they keep off Dalfsen's. */
    static RequestPostProcessor beheerderZwartewaterland() {
        return user("beheer.zwartewaterland")
                .authorities(
                        new SimpleGrantedAuthority("ROLE_FUNCTIONEEL_BEHEERDER"),
                        new SimpleGrantedAuthority("GEMEENTE_1896"));
    }

    @Autowired
    MockMvc mvc;

    static byte[] png() throws Exception {
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB), "png", uit);
        return uit.toByteArray();
    }

    static MockMultipartHttpServletRequestBuilder formulier(MockMultipartFile logo) {
        return (MockMultipartHttpServletRequestBuilder) multipart("/beheer/huisstijl")
                .file(logo)
                .param("officieleNaam", "Gemeente Zwartewaterland")
                .param("bezoekadres", "Stadhuisplein 1, 8061 AB Hasselt")
                .param("postadres", "Postbus 100, 8060 AC Hasselt")
                .param("telefoon", "038 000 00 00")
                .param("website", "https://www.zwartewaterland.example")
                .param("email", "inburgering@zwartewaterland.example")
                .param("bezwaaradres", "Bezwaarcommissie, Postbus 999, 8060 AC Hasselt")
                .with(beheerderZwartewaterland())
                .with(csrf());
    }

    @Test
    void theBeheerderSeesTheLetterheadOfTheGemeente() throws Exception {
        mvc.perform(get("/beheer/huisstijl").with(beheerderDalfsen()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Gemeente Dalfsen")))
                .andExpect(content().string(containsString("Postbus 35, 7720 AA Dalfsen")));
    }

    @Test
    void aConsulentMayNotOpenOrChangeTheLetterhead() throws Exception {
        mvc.perform(get("/beheer/huisstijl").with(consulentDalfsen())).andExpect(status().isForbidden());
        mvc.perform(post("/beheer/huisstijl").with(consulentDalfsen()).with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void theBeheerderChangesTheLetterheadUploadsALogoAndRemovesItAfterConfirming() throws Exception {
        mvc.perform(formulier(new MockMultipartFile("logo", "logo.png", "image/png", png())))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/beheer/huisstijl"));

        mvc.perform(get("/beheer/huisstijl").with(beheerderZwartewaterland()))
                .andExpect(content().string(containsString("Bezwaarcommissie, Postbus 999")))
                .andExpect(content().string(containsString("/beheer/huisstijl/logo")));
        mvc.perform(get("/beheer/huisstijl/logo").with(beheerderZwartewaterland()))
                .andExpect(status().isOk())
                .andExpect(content().contentType("image/png"));

        mvc.perform(get("/beheer/huisstijl/logo/verwijderen").with(beheerderZwartewaterland()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Weet u zeker")));
        mvc.perform(post("/beheer/huisstijl/logo/verwijderen")
                        .with(beheerderZwartewaterland())
                        .with(csrf()))
                .andExpect(status().isFound());
        mvc.perform(get("/beheer/huisstijl/logo").with(beheerderZwartewaterland()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/beheer/huisstijl").with(beheerderZwartewaterland()))
                .andExpect(content().string(containsString("Bezwaarcommissie, Postbus 999")));
    }

    @Test
    void aLogoThatIsNotAPngOrTooLargeIsRefusedNextToTheField() throws Exception {
        mvc.perform(formulier(new MockMultipartFile("logo", "logo.png", "image/png", "<svg/>".getBytes())))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Het logo moet een PNG-bestand zijn.")));
        byte[] groot = new byte[300 * 1024];
        System.arraycopy(png(), 0, groot, 0, png().length);
        mvc.perform(formulier(new MockMultipartFile("logo", "logo.png", "image/png", groot)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("hoogstens 200 kB")));
    }

    @Test
    void aRequiredFieldLeftEmptyOrAWebsiteWithoutHttpsIsExplained() throws Exception {
        mvc.perform(multipart("/beheer/huisstijl")
                        .file(new MockMultipartFile("logo", new byte[0]))
                        .param("officieleNaam", "Gemeente Zwartewaterland")
                        .param("postadres", "Postbus 100")
                        .param("bezwaaradres", "")
                        .param("website", "www.example.nl")
                        .with(beheerderZwartewaterland())
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Vul het adres in waar een inwoner bezwaar maakt.")))
                .andExpect(content().string(containsString("https://")))
                .andExpect(content().string(not(containsString("huisstijl.opgeslagen"))));
    }
}
