package nl.openinburgering.portaal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

import nl.openinburgering.Gebeurtenissen;
import nl.openinburgering.Testdossier;
import nl.openinburgering.platform.Tenant;
import nl.openinburgering.shared.Gemeentecode;
import nl.openinburgering.shared.Leerroute;

import static nl.openinburgering.UiTestGebruikers.beheerderDalfsen;
import static nl.openinburgering.UiTestGebruikers.consulentDalfsen;
import static nl.openinburgering.UiTestGebruikers.consulentStaphorst;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The inburgeraar's portal against the real database: an account sees only its own file (not another person's
 * by id or by a guessed id, not another gemeente's), staff cannot use the portal, wrong uploads are refused with
 * a clear message and leave nothing stored, a message reaches the consulent's file and worklist, and every view
 * is in the processing log.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PortaalIntegrationTests {

    static final Gemeentecode DALFSEN = new Gemeentecode("0148");
    static final Gemeentecode STAPHORST = new Gemeentecode("0180");
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0};

    @Autowired
    MockMvc mvc;

    @Autowired
    PortaalBeheer portaal;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactie;

    /** A read of the test itself, as the gemeente: row-level security is set per transaction. */
    <T> T alsDalfsen(java.util.function.Supplier<T> lezen) {
        return Tenant.alsGemeente(DALFSEN, () -> transactie.execute(status -> lezen.get()));
    }

    /** A fresh portal account of the gemeente, linked to the person (as the demo and DigiD login do). */
    RequestPostProcessor inburgeraar(Gemeentecode gemeente, String inburgeraarId) {
        String naam = "test.inburgeraar." + UUID.randomUUID();
        Tenant.alsGemeente(gemeente, () -> {
            portaal.koppelAccount(naam, UUID.fromString(inburgeraarId), Optional.of(naam + "@demo.example"));
            return null;
        });
        return user(naam)
                .authorities(
                        new SimpleGrantedAuthority("ROLE_INBURGERAAR"),
                        new SimpleGrantedAuthority("GEMEENTE_" + gemeente.waarde()));
    }

    @Test
    void anInburgeraarSeesTheOwnPlanAndDeadlinesAndTheViewIsInTheProcessingLog() throws Exception {
        Testdossier.Persoon amina = Testdossier.in(mvc)
                .naam("Amina", "Portaaltest")
                .persoon()
                .metPip(Leerroute.B1_ROUTE)
                .vastgesteld();
        RequestPostProcessor zelf = inburgeraar(DALFSEN, amina.id());
        long voor = regels("PORTAAL_RAADPLEGEN");

        mvc.perform(get("/mijn").with(zelf))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Welkom, Amina")))
                .andExpect(content().string(containsString("id=\"termijn-INBURGERINGSTERMIJN\"")))
                .andExpect(content().string(containsString("U leert Nederlands tot taalniveau B1.")))
                .andExpect(content().string(containsString("/mijn/brieven/" + amina.pip() + ".pdf")));
        assertThat(regels("PORTAAL_RAADPLEGEN")).isEqualTo(voor + 1);

        mvc.perform(get("/mijn/brieven/" + amina.pip() + ".pdf").with(zelf))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"));
    }

    @Test
    void anInburgeraarCannotSeeAnotherPersonsLetterByIdByGuessingOrInAnotherGemeente() throws Exception {
        Testdossier.Persoon zelf = Testdossier.in(mvc)
                .naam("Eigen", "Persoon")
                .persoon()
                .metPip(Leerroute.B1_ROUTE)
                .vastgesteld();
        Testdossier.Persoon ander = Testdossier.in(mvc)
                .naam("Andere", "Buurman")
                .persoon()
                .metPip(Leerroute.Z_ROUTE)
                .vastgesteld();
        String staphorster =
                Testdossier.in(mvc).door(Testdossier.STAPHORST).persoon().id();
        RequestPostProcessor account = inburgeraar(DALFSEN, zelf.id());

        // By id: the other person's letter does not exist for this account.
        mvc.perform(get("/mijn/brieven/" + ander.pip() + ".pdf").with(account)).andExpect(status().isNotFound());
        mvc.perform(get("/mijn/brieven/" + ander.pip()).with(account)).andExpect(status().isNotFound());
        // By guessing: a random id is not found either, and the page never shows the other person's name.
        mvc.perform(get("/mijn/brieven/" + UUID.randomUUID() + ".pdf").with(account))
                .andExpect(status().isNotFound());
        mvc.perform(get("/mijn").with(account)).andExpect(content().string(not(containsString("Buurman"))));
        // The staff pages and the API of the file are closed to the role.
        mvc.perform(get("/inburgeraars/" + ander.id()).with(account)).andExpect(status().isForbidden());
        mvc.perform(get("/inburgeraars/" + ander.id() + "/berichten").with(account))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/inburgeraars/" + ander.id()).with(account)).andExpect(status().isForbidden());
        // Another gemeente: a Staphorst account cannot reach a Dalfsen letter.
        RequestPostProcessor staphorst = inburgeraar(STAPHORST, staphorster);
        mvc.perform(get("/mijn/brieven/" + zelf.pip() + ".pdf").with(staphorst)).andExpect(status().isNotFound());
    }

    @Test
    void aConsulentCannotUseThePortalAndAnUnlinkedAccountFindsNoFile() throws Exception {
        mvc.perform(get("/mijn").with(consulentDalfsen())).andExpect(status().isForbidden());
        mvc.perform(get("/mijn/inzage").with(consulentStaphorst())).andExpect(status().isForbidden());
        RequestPostProcessor zonderDossier = user("test.niet.gekoppeld")
                .authorities(
                        new SimpleGrantedAuthority("ROLE_INBURGERAAR"), new SimpleGrantedAuthority("GEMEENTE_0148"));
        mvc.perform(get("/mijn").with(zonderDossier)).andExpect(status().isNotFound());
    }

    @Test
    void uploadsOfTheWrongTypeOrSizeAreRefusedWithAClearMessageAndNothingStored() throws Exception {
        String id = Testdossier.in(mvc).persoon().id();
        RequestPostProcessor zelf = inburgeraar(DALFSEN, id);
        byte[] programma = "MZ\u0090\u0000 not a pdf".getBytes(StandardCharsets.ISO_8859_1);
        mvc.perform(multipart("/mijn/documenten")
                        .file(new MockMultipartFile("bestand", "diploma.pdf", "application/pdf", programma))
                        .param("omschrijving", "Diploma")
                        .with(zelf)
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Dit soort bestand kan niet: stuur een PDF, JPG of PNG.")));
        byte[] groot =
                Arrays.copyOf("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), Portaaldocument.MAXIMUM_BYTES + 1);
        mvc.perform(multipart("/mijn/documenten")
                        .file(new MockMultipartFile("bestand", "groot.pdf", "application/pdf", groot))
                        .param("omschrijving", "Groot")
                        .with(zelf)
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content()
                        .string(containsString("Het bestand is te groot: het mag niet groter zijn dan 5 MB.")));
        assertThat(documenten(id)).isZero();

        mvc.perform(multipart("/mijn/documenten")
                        .file(new MockMultipartFile("bestand", "pas.png", "image/png", PNG))
                        .param("omschrijving", "Verblijfspas")
                        .with(zelf)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(documenten(id)).isOne();
        UUID document = alsDalfsen(() -> jdbc.sql("select id from portaal_document where inburgeraar_id = ?")
                .param(UUID.fromString(id))
                .query(UUID.class)
                .single());
        mvc.perform(get("/mijn/documenten/" + document).with(zelf)).andExpect(status().isOk());
        RequestPostProcessor ander =
                inburgeraar(DALFSEN, Testdossier.in(mvc).persoon().id());
        mvc.perform(get("/mijn/documenten/" + document).with(ander)).andExpect(status().isNotFound());
    }

    @Test
    void aMessageReachesTheConsulentsFileAndWorklistAndAnAnswerEndsTheSignalAndMailsWithoutPersonalData()
            throws Exception {
        String id = Testdossier.in(mvc).naam("Fatima", "Mailtest").persoon().id();
        RequestPostProcessor zelf = inburgeraar(DALFSEN, id);
        mvc.perform(post("/mijn/berichten")
                        .with(zelf)
                        .with(csrf())
                        .param("onderwerp", "")
                        .param("tekst", ""))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Schrijf waar uw bericht over gaat.")));
        mvc.perform(post("/mijn/berichten")
                        .with(zelf)
                        .with(csrf())
                        .param("onderwerp", "Vraag over de les")
                        .param("tekst", "Mag ik op dinsdag komen in plaats van maandag?"))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/inburgeraars/" + id + "/berichten").with(consulentDalfsen()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Mag ik op dinsdag komen in plaats van maandag?")));
        mvc.perform(get("/inburgeraars/" + id + "/berichten").with(consulentStaphorst()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/werkvoorraad").with(consulentDalfsen()).param("signaal", "PORTAAL_BERICHT"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/inburgeraars/" + id + "/berichten")));

        mvc.perform(post("/inburgeraars/" + id + "/berichten/antwoord")
                        .with(consulentDalfsen())
                        .with(csrf())
                        .param("onderwerp", "Re: les")
                        .param("tekst", "Ja, dat mag."))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/werkvoorraad").with(consulentDalfsen()).param("signaal", "PORTAAL_BERICHT"))
                .andExpect(content().string(not(containsString("/inburgeraars/" + id + "/berichten"))));
        Gebeurtenissen.afgehandeld(mvc);
        List<String> mails = alsDalfsen(() -> jdbc.sql("select aanleiding from portaal_mail where inburgeraar_id = ?")
                .param(UUID.fromString(id))
                .query(String.class)
                .list());
        assertThat(mails).containsExactly("BERICHT");
        // The demo's embedded mail server received it: only "something new, log in", no name, no text.
        mvc.perform(get("/beheer/meldingen").with(beheerderDalfsen()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Er is iets nieuws voor u in Mijn Inburgering.")))
                .andExpect(content().string(containsString("@demo.example")))
                .andExpect(content().string(not(containsString("Mailtest"))))
                .andExpect(content().string(not(containsString("Ja, dat mag."))));
        mvc.perform(get("/beheer/meldingen").with(consulentDalfsen())).andExpect(status().isForbidden());
    }

    long regels(String activiteit) {
        return alsDalfsen(() -> jdbc.sql("select count(*) from verwerking where activiteit = ? and rol = 'INBURGERAAR'")
                .param(activiteit)
                .query(Long.class)
                .single());
    }

    long documenten(String id) {
        return alsDalfsen(() -> jdbc.sql("select count(*) from portaal_document where inburgeraar_id = ?")
                .param(UUID.fromString(id))
                .query(Long.class)
                .single());
    }
}
