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

    @Autowired
    nl.openinburgering.portaal.internal.TermijnMeldingen termijnMeldingen;

    @Autowired
    nl.openinburgering.inburgeraar.InburgeraarBeheer inburgeraars;

    @Autowired
    Postvak postvak;

    @Autowired
    org.springframework.context.ApplicationEventPublisher publiceer;

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
    void anUploadOverTheContainerLimitOf10MbReturnsToTheFormWithTheSizeMessageAndStoresNothing() throws Exception {
        String id = Testdossier.in(mvc).persoon().id();
        RequestPostProcessor zelf = inburgeraar(DALFSEN, id);
        String grens = "----grens";
        byte[] kop = ("--" + grens + "\r\nContent-Disposition: form-data; name=\"bestand\"; filename=\"groot.pdf\"\r\n"
                        + "Content-Type: application/pdf\r\n\r\n%PDF-1.7\n")
                .getBytes(StandardCharsets.US_ASCII);
        byte[] lichaam = Arrays.copyOf(kop, 11 * 1024 * 1024);
        mvc.perform(post("/mijn/documenten")
                        .contentType("multipart/form-data; boundary=" + grens)
                        .content(lichaam)
                        .with(zelf)
                        .with(csrf()))
                .andExpect(status().isSeeOther())
                .andExpect(header().string("Location", "/mijn/documenten?te-groot"));
        mvc.perform(get("/mijn/documenten?te-groot").with(zelf))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"fout-bestand\"")))
                .andExpect(content()
                        .string(containsString("Het bestand is te groot: het mag niet groter zijn dan 5 MB.")));
        mvc.perform(get("/mijn/documenten?te-groot").with(zelf).cookie(new jakarta.servlet.http.Cookie("taal", "ar")))
                .andExpect(content().string(containsString("الملف كبير جدًا")));
        assertThat(documenten(id)).isZero();
    }

    /** A portal account with a known e-mail address; returns the address. */
    String metEmail(Gemeentecode gemeente, String inburgeraarId) {
        String naam = "test.termijn." + UUID.randomUUID();
        Tenant.alsGemeente(gemeente, () -> {
            portaal.koppelAccount(naam, UUID.fromString(inburgeraarId), Optional.of(naam + "@demo.example"));
            return null;
        });
        return naam + "@demo.example";
    }

    long ontvangen(String adres) {
        return postvak.ontvangen().stream().filter(m -> m.aan().equals(adres)).count();
    }

    @Test
    void aHandhavingLetterAndTheCertificatesEachSendOneNoticeWithoutPersonalDataAndARepeatSendsNothing()
            throws Exception {
        String id = Testdossier.in(mvc)
                .naam("Brief", "Melding")
                .persoon()
                .metPip(Leerroute.Z_ROUTE)
                .vastgesteld()
                .id();
        UUID persoon = UUID.fromString(id);
        String adres = metEmail(DALFSEN, id);
        UUID zaak = UUID.randomUUID();
        // As the modules publish them: in the transaction of the step, through the event publication registry.
        // As a consulent of Dalfsen: module duo's synchronous listener logs its melding to DUO in the same step.
        Runnable stappen = () -> nl.openinburgering.AlsGebruiker.consulentVanDalfsen(() -> Tenant.alsGemeente(
                DALFSEN,
                () -> transactie.execute(status -> {
                    publiceer.publishEvent(new nl.openinburgering.handhaving.HandhavingsbriefVerstuurd(
                            zaak,
                            persoon,
                            DALFSEN,
                            nl.openinburgering.handhaving.HandhavingsbriefVerstuurd.Brief.WAARSCHUWING));
                    publiceer.publishEvent(new nl.openinburgering.handhaving.HandhavingsbriefVerstuurd(
                            zaak,
                            persoon,
                            DALFSEN,
                            nl.openinburgering.handhaving.HandhavingsbriefVerstuurd.Brief.VOORNEMEN));
                    publiceer.publishEvent(new nl.openinburgering.pvt.PvtOndertekend(
                            persoon, DALFSEN.waarde(), java.time.LocalDate.now(), null));
                    publiceer.publishEvent(new nl.openinburgering.leerroute.ZrouteAfgerond(
                            persoon, DALFSEN, java.time.LocalDate.now()));
                    return null;
                })));
        stappen.run();
        Gebeurtenissen.afgehandeld(mvc);
        assertThat(ontvangen(adres)).isEqualTo(4);
        assertThat(postvak.ontvangen().stream()
                        .filter(m -> m.aan().equals(adres))
                        .map(Postvak.Ontvangen::tekst))
                .allSatisfy(tekst -> assertThat(tekst)
                        .contains("Er is iets nieuws voor u in Mijn Inburgering.")
                        .doesNotContain("Brief")
                        .doesNotContain("Melding")
                        .doesNotContain("boete"));

        stappen.run();
        Gebeurtenissen.afgehandeld(mvc);
        assertThat(ontvangen(adres))
                .as("the same letters again: no second notice")
                .isEqualTo(4);
        assertThat(alsDalfsen(() -> jdbc.sql(
                                "select count(*) from portaal_mail where inburgeraar_id = ? and aanleiding = 'BRIEF'")
                        .param(persoon)
                        .query(Long.class)
                        .single()))
                .isEqualTo(4);
    }

    @Test
    void r2_8_aNearDeadlineMailsOnceNotTwiceNothingForAFarDeadlineAndNothingForAClosedFile() throws Exception {
        java.time.LocalDate vestiging = java.time.LocalDate.now().minusDays(10);
        String zonderPip = Testdossier.in(mvc)
                .naam("Termijn", "Nabij")
                .gevestigd(vestiging)
                .persoon()
                .id();
        String metPip = Testdossier.in(mvc)
                .persoon()
                .metPip(Leerroute.B1_ROUTE)
                .vastgesteld()
                .id();
        String gesloten = Testdossier.in(mvc).gevestigd(vestiging).persoon().id();
        String adresZonderPip = metEmail(DALFSEN, zonderPip);
        String adresMetPip = metEmail(DALFSEN, metPip);
        String adresGesloten = metEmail(DALFSEN, gesloten);
        mvc.perform(post("/inburgeraars/" + gesloten + "/afsluiten")
                        .with(consulentDalfsen())
                        .with(csrf())
                        .param("versie", "0")
                        .param("reden", "VERHUISD")
                        .param("datum", java.time.LocalDate.now().toString())
                        .param("toelichting", "Verhuisd naar een andere gemeente"))
                .andExpect(status().is3xxRedirection());
        java.time.LocalDate pipTermijn = alsDalfsen(() -> inburgeraars
                .termijnfeiten(List.of(UUID.fromString(zonderPip)))
                .getFirst()
                .termijnVaststellingPip()
                .orElseThrow()
                .uiterlijkeDatum());
        java.time.LocalDate tienDagenVoor = pipTermijn.minusDays(10);

        termijnMeldingen.verstuur(DALFSEN, pipTermijn.minusDays(40));
        assertThat(ontvangen(adresZonderPip))
                .as("40 days ahead is not near (30)")
                .isZero();
        termijnMeldingen.verstuur(DALFSEN, tienDagenVoor);
        assertThat(ontvangen(adresZonderPip)).isOne();
        assertThat(ontvangen(adresMetPip)).isZero();
        assertThat(ontvangen(adresGesloten)).isZero();
        assertThat(postvak.ontvangen().stream()
                        .filter(m -> m.aan().equals(adresZonderPip))
                        .findFirst()
                        .orElseThrow()
                        .tekst())
                .contains("Er is iets nieuws voor u in Mijn Inburgering.")
                .doesNotContain("Termijn")
                .doesNotContain("Nabij");

        termijnMeldingen.verstuur(DALFSEN, tienDagenVoor);
        termijnMeldingen.verstuur(DALFSEN, tienDagenVoor.plusDays(1));
        assertThat(ontvangen(adresZonderPip)).isOne();
        assertThat(alsDalfsen(() -> jdbc.sql(
                                "select count(*) from portaal_mail where inburgeraar_id = ? and aanleiding = 'TERMIJN'")
                        .param(UUID.fromString(zonderPip))
                        .query(Long.class)
                        .single()))
                .isOne();
    }

    @Test
    void r8_1_aPersonInMaatschappelijkeBegeleidingSeesThePartnerAndHowToReachItAndOthersDoNot() throws Exception {
        String begeleid = Testdossier.in(mvc).persoon().id();
        String zonder = Testdossier.in(mvc).persoon().id();
        mvc.perform(post("/inburgeraars/" + begeleid + "/begeleiding/start")
                        .with(consulentDalfsen())
                        .with(csrf())
                        .param("begeleidingPartner", "4b1e0c6a-8d2f-4e53-9a71-2c0d5e8f0148")
                        .param("begeleidingStart", java.time.LocalDate.now().toString()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/mijn").with(inburgeraar(DALFSEN, begeleid)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Uw begeleider is van VluchtelingenWerk Dalfsen.")))
                .andExpect(content().string(containsString("href=\"tel:0529000148\"")))
                .andExpect(content().string(containsString("mailto:dalfsen@vluchtelingenwerk.example")));
        mvc.perform(get("/mijn").with(inburgeraar(DALFSEN, zonder)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"begeleider\""))));
    }

    /** A case of handhaving with its written warning sent, through the API as the consulent; returns the case. */
    String zaakMetWaarschuwing(Testdossier.Persoon persoon) throws Exception {
        java.time.LocalDate verzuim = java.time.LocalDate.now().minusDays(60);
        Testdossier.Deelname deelname = persoon.deelname(Testdossier.Aanbieder.TAALSCHOOL, "LEERROUTE");
        mvc.perform(post("/api/v1/aanbieder/urenregistraties")
                        .with(Testdossier.Aanbieder.TAALSCHOOL.account())
                        .header("Idempotency-Key", UUID.randomUUID())
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                        .content("""
                                {"regels": [{"deelnameId": "%s", "datum": "%s", "soort": "TAALLES_KNM", "uren": 3,
                                 "aanwezig": false, "verzuimreden": "ONGEOORLOOFD"}]}""".formatted(deelname.id(), verzuim)))
                .andExpect(status().isCreated());
        String pad = "/api/v1/inburgeraars/" + persoon.id() + "/handhavingszaken";
        String dossier = mvc.perform(get(pad).with(Testdossier.CONSULENT))
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<Object> bewijs = com.jayway.jsonpath.JsonPath.read(dossier, "$.beschikbaarBewijs[*].verwijzing");
        String zaak = com.jayway.jsonpath.JsonPath.read(
                mvc.perform(post(pad)
                                .with(Testdossier.CONSULENT)
                                .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                                .content("""
                                        {"grond": "PIP", "afspraak": "LEERROUTE", "overtredingsdatums": ["%s"],
                                         "urenregels": [%s]}""".formatted(verzuim, bewijs.getFirst())))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
        mvc.perform(post(pad + "/" + zaak + "/gesprek")
                        .with(Testdossier.CONSULENT)
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                        .content("{\"datum\": \"%s\", \"notities\": \"Geen reden\", \"verschoonbaar\": false}"
                                .formatted(verzuim.plusDays(10))))
                .andExpect(status().is2xxSuccessful());
        mvc.perform(post(pad + "/" + zaak + "/waarschuwing")
                        .with(Testdossier.CONSULENT)
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                        .content("{\"datum\": \"%s\"}".formatted(verzuim.plusDays(10))))
                .andExpect(status().is2xxSuccessful());
        return zaak;
    }

    @Test
    void r9_2_theLettersPageListsTheWarningBesideTheBeschikkingAndOnlyTheOwnLettersOpen() throws Exception {
        Testdossier.Persoon persoon = Testdossier.in(mvc).persoonMetPip(Leerroute.B1_ROUTE, Testdossier.DAGTEKENING);
        String zaak = zaakMetWaarschuwing(persoon);
        RequestPostProcessor zelf = inburgeraar(DALFSEN, persoon.id());
        String waarschuwing = "/mijn/brieven/handhaving/" + zaak + "/waarschuwing.pdf";
        mvc.perform(get("/mijn/brieven").with(zelf))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/mijn/brieven/" + persoon.pip() + ".pdf")))
                .andExpect(content().string(containsString(waarschuwing)))
                .andExpect(content().string(containsString("Waarschuwing (PDF)")))
                .andExpect(content().string(not(containsString("voornemen.pdf"))));
        long voor = regels("PORTAAL_DOCUMENT");
        mvc.perform(get(waarschuwing).with(zelf))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"));
        assertThat(regels("PORTAAL_DOCUMENT")).isEqualTo(voor + 1);

        mvc.perform(get("/mijn/brieven/handhaving/" + zaak + "/voornemen.pdf").with(zelf))
                .andExpect(status().isNotFound());
        mvc.perform(get("/mijn/brieven/handhaving/" + UUID.randomUUID() + "/waarschuwing.pdf")
                        .with(zelf))
                .andExpect(status().isNotFound());
        mvc.perform(get("/mijn/brieven/handhaving/" + zaak + "/iets.pdf").with(zelf))
                .andExpect(status().isNotFound());
        mvc.perform(get("/mijn/brieven/pvt-certificaat.pdf").with(zelf)).andExpect(status().isNotFound());
        mvc.perform(get("/mijn/brieven/zroute-certificaat.pdf").with(zelf)).andExpect(status().isNotFound());
        mvc.perform(get("/mijn/brieven/uitnodigingen/" + UUID.randomUUID() + ".pdf")
                        .with(zelf))
                .andExpect(status().isNotFound());
        RequestPostProcessor ander =
                inburgeraar(DALFSEN, Testdossier.in(mvc).persoon().id());
        mvc.perform(get(waarschuwing).with(ander)).andExpect(status().isNotFound());
        mvc.perform(get("/mijn/brieven").with(ander))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"geen-brieven\"")))
                .andExpect(content().string(not(containsString(zaak))));
    }

    @Test
    void aConsulentPlansAnIntakeThePersonSeesItIsMailedAndAsksToMoveItAndNobodyElseCanAnswerIt() throws Exception {
        String id = Testdossier.in(mvc).persoon().id();
        RequestPostProcessor zelf = inburgeraar(DALFSEN, id);
        Thread.sleep(5);
        String adres = metEmail(DALFSEN, id);
        String plaats = "Gemeentehuis kamer " + UUID.randomUUID().toString().substring(0, 6);
        String pad = "/inburgeraars/" + id + "/berichten/gesprekken";
        mvc.perform(post(pad)
                        .with(consulentDalfsen())
                        .with(csrf())
                        .param("soort", "INTAKE")
                        .param("moment", "2020-01-01T10:00")
                        .param("plaats", ""))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Een afspraak plant u vanaf nu, niet in het verleden.")))
                .andExpect(content().string(containsString("Vul de plaats in, of video of telefoon.")));
        mvc.perform(post(pad)
                        .with(consulentStaphorst())
                        .with(csrf())
                        .param("soort", "INTAKE")
                        .param("moment", java.time.LocalDate.now().plusDays(7) + "T10:00")
                        .param("plaats", plaats))
                .andExpect(status().isNotFound());
        mvc.perform(post(pad)
                        .with(consulentDalfsen())
                        .with(csrf())
                        .param("soort", "INTAKE")
                        .param("moment", java.time.LocalDate.now().plusDays(7) + "T10:00")
                        .param("plaats", plaats)
                        .param("notitie", "Neem uw paspoort mee."))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/inburgeraars/" + id + "/berichten").with(consulentDalfsen()))
                .andExpect(content().string(containsString(plaats)));
        mvc.perform(get("/mijn").with(zelf))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Intake: ")))
                .andExpect(content().string(containsString("Om 10:00 uur.")))
                .andExpect(content().string(containsString(plaats)))
                .andExpect(content().string(containsString("Neem uw paspoort mee.")));
        Gebeurtenissen.afgehandeld(mvc);
        assertThat(ontvangen(adres)).isOne();

        UUID gesprek = alsDalfsen(() -> jdbc.sql("select id from portaal_gesprek where inburgeraar_id = ?")
                .param(UUID.fromString(id))
                .query(UUID.class)
                .single());
        RequestPostProcessor ander =
                inburgeraar(DALFSEN, Testdossier.in(mvc).persoon().id());
        mvc.perform(get("/mijn").with(ander)).andExpect(content().string(not(containsString(plaats))));
        mvc.perform(post("/mijn/afspraken")
                        .with(ander)
                        .with(csrf())
                        .param("afspraak", "GESPREK:" + gesprek)
                        .param("reactie", "BEVESTIGD"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/mijn/afspraken")
                        .with(zelf)
                        .with(csrf())
                        .param("afspraak", "GESPREK:" + gesprek)
                        .param("reactie", "VERPLAATSEN")
                        .param("toelichting", "Dan werk ik, kan het op vrijdag?"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/mijn").with(zelf)).andExpect(content().string(containsString("U vroeg om een andere dag.")));
        mvc.perform(get("/inburgeraars/" + id + "/berichten").with(consulentDalfsen()))
                .andExpect(content().string(containsString("Dan werk ik, kan het op vrijdag?")));
        mvc.perform(get("/werkvoorraad").with(consulentDalfsen()).param("signaal", "PORTAAL_BERICHT"))
                .andExpect(content().string(containsString("/inburgeraars/" + id + "/berichten")));
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
