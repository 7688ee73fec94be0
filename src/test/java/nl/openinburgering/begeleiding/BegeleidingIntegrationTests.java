package nl.openinburgering.begeleiding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

import nl.openinburgering.Testdossier;
import nl.openinburgering.inburgeraar.Doelgroep;
import nl.openinburgering.leerroute.ZrouteBeheer;
import nl.openinburgering.platform.Rol;
import nl.openinburgering.platform.Tenant;
import nl.openinburgering.platform.Verwerkingslog;
import nl.openinburgering.platform.web.Navigatie;
import nl.openinburgering.platform.web.Starttaken;
import nl.openinburgering.shared.Bsn;
import nl.openinburgering.shared.Gemeentecode;
import nl.openinburgering.shared.Vandaag;

import static nl.openinburgering.UiTestGebruikers.beheerderDalfsen;
import static nl.openinburgering.UiTestGebruikers.consulentDalfsen;
import static nl.openinburgering.UiTestGebruikers.consulentStaphorst;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Maatschappelijke begeleiding against the real database, through the pages: the target group (R8.1), the agreed
 * duration and its signal (R8.4), the contact moments whose hours count for the Z-route (R8.3), and a begeleider
 * who sees only the people of their own partner and only what guidance needs.
 */
@SpringBootTest
@AutoConfigureMockMvc
class BegeleidingIntegrationTests {

    static final UUID VLUCHTELINGENWERK = UUID.fromString("4b1e0c6a-8d2f-4e53-9a71-2c0d5e8f0148");
    static final UUID HUMANITAS = UUID.fromString("4b1e0c6a-8d2f-4e53-9a71-2c0d5e8f1148");
    static final UUID VLUCHTELINGENWERK_STAPHORST = UUID.fromString("4b1e0c6a-8d2f-4e53-9a71-2c0d5e8f0180");

    @Autowired
    MockMvc mvc;

    @Autowired
    BegeleidingBeheer begeleiding;

    @Autowired
    ZrouteBeheer zroutes;

    @Autowired
    Verwerkingslog verwerkingslog;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactie;

    static RequestPostProcessor begeleider() {
        return begeleider("begeleider.vluchtelingenwerk");
    }

    static RequestPostProcessor begeleider(String naam) {
        return user(naam)
                .authorities(
                        new SimpleGrantedAuthority("ROLE_MAATSCHAPPELIJK_BEGELEIDER"),
                        new SimpleGrantedAuthority("GEMEENTE_0148"));
    }

    @Test
    void r8_1_theConsulentStartsATrajectForAnAsielstatushouderButNotForAGezinsmigrant() throws Exception {
        String asiel = Testdossier.in(mvc).persoon().id();
        start(asiel, VLUCHTELINGENWERK, Vandaag.datum()).andExpect(status().is3xxRedirection());

        String gezin = Testdossier.in(mvc)
                .doelgroep(Doelgroep.GEZINSMIGRANT_OF_OVERIGE_MIGRANT)
                .persoon()
                .id();
        start(gezin, VLUCHTELINGENWERK, Vandaag.datum())
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("R8.1: Maatschappelijke begeleiding is er alleen")));
        mvc.perform(get("/inburgeraars/" + gezin + "/begeleiding").with(consulentDalfsen()))
                .andExpect(content().string(containsString("id=\"geen-traject\"")));
    }

    @Test
    void r8_4_aNewTrajectRunsForTheGemeentesAgreedDurationWhichTheBeheerderSets() throws Exception {
        LocalDate start = Vandaag.datum().withDayOfMonth(1);
        String twaalf = Testdossier.in(mvc).persoon().id();
        start(twaalf, VLUCHTELINGENWERK, start);
        assertThat(traject(twaalf).einddatum()).isEqualTo(start.plusMonths(12));

        mvc.perform(post("/beheer/begeleiding")
                        .with(beheerderDalfsen())
                        .with(csrf())
                        .param("duurMaanden", "61"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("R8.4")));
        mvc.perform(post("/beheer/begeleiding")
                        .with(beheerderDalfsen())
                        .with(csrf())
                        .param("duurMaanden", "6"))
                .andExpect(status().is3xxRedirection());
        try {
            String zes = Testdossier.in(mvc).persoon().id();
            start(zes, VLUCHTELINGENWERK, start);
            assertThat(traject(zes).einddatum()).isEqualTo(start.plusMonths(6));
        } finally {
            mvc.perform(post("/beheer/begeleiding")
                            .with(beheerderDalfsen())
                            .with(csrf())
                            .param("duurMaanden", "12"))
                    .andExpect(status().is3xxRedirection());
        }
        // The consulent may not change the setting: the URL is closed to the role.
        mvc.perform(post("/beheer/begeleiding")
                        .with(consulentDalfsen())
                        .with(csrf())
                        .param("duurMaanden", "6"))
                .andExpect(status().isForbidden());
    }

    @Test
    void r8_4_theWorklistSignalsTheEndFourWeeksBeforeTheAgreedDuration() throws Exception {
        LocalDate vandaag = Vandaag.datum();
        String id = Testdossier.in(mvc).persoon().id();
        start(id, VLUCHTELINGENWERK, vandaag.minusMonths(11));
        LocalDate einde = traject(id).einddatum();
        werkvoorraad(einde.minusWeeks(4))
                .andExpect(jsonPath("$.resultaten[?(@.signaal == 'BEGELEIDING_EINDE')].inburgeraarId", hasItem(id)));
        werkvoorraad(einde.minusWeeks(4).minusDays(1))
                .andExpect(
                        jsonPath("$.resultaten[?(@.signaal == 'BEGELEIDING_EINDE')].inburgeraarId", not(hasItem(id))));
    }

    @Test
    void theBegeleiderSeesOnlyThePeopleOfTheirOwnPartner() throws Exception {
        String eigen = Testdossier.in(mvc)
                .naam("Eigen", "Vluchtelingenwerkpersoon")
                .persoon()
                .id();
        String ander =
                Testdossier.in(mvc).naam("Ander", "Humanitaspersoon").persoon().id();
        start(eigen, VLUCHTELINGENWERK, Vandaag.datum());
        start(ander, HUMANITAS, Vandaag.datum());

        mvc.perform(get("/begeleidingen").with(begeleider()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Eigen Vluchtelingenwerkpersoon")))
                .andExpect(content().string(not(containsString("Humanitaspersoon"))));
        UUID andersTraject = traject(ander).id();
        mvc.perform(get("/begeleidingen/" + andersTraject).with(begeleider())).andExpect(status().isNotFound());
        contact(andersTraject, "1").andExpect(status().isNotFound());
        mvc.perform(get("/begeleidingen/" + traject(eigen).id()).with(begeleider()))
                .andExpect(status().isOk());
    }

    @Test
    void anotherGemeentesTrajectIsNotFoundForTheBegeleider() throws Exception {
        String staphorst =
                Testdossier.in(mvc).door(Testdossier.STAPHORST).persoon().id();
        mvc.perform(post("/inburgeraars/" + staphorst + "/begeleiding/start")
                        .with(consulentStaphorst())
                        .with(csrf())
                        .param("begeleidingPartner", VLUCHTELINGENWERK_STAPHORST.toString())
                        .param("begeleidingStart", Vandaag.datum().toString()))
                .andExpect(status().is3xxRedirection());
        UUID traject = als(
                "consulent.staphorst",
                "CONSULENT",
                "0180",
                () -> begeleiding
                        .inDossier(UUID.fromString(staphorst))
                        .orElseThrow()
                        .traject()
                        .id());
        mvc.perform(get("/begeleidingen/" + traject).with(begeleider())).andExpect(status().isNotFound());
        // Nor may a Dalfsen consulent start a traject with Staphorst's partner.
        String dalfsen = Testdossier.in(mvc).persoon().id();
        start(dalfsen, VLUCHTELINGENWERK_STAPHORST, Vandaag.datum()).andExpect(status().isBadRequest());
    }

    @Test
    void theBegeleiderNeverReachesThePersonsFileNorTheApiAndSeesTheBsnMasked() throws Exception {
        String bsn = nl.openinburgering.TestBsn.nieuw();
        String id = Testdossier.in(mvc).bsn(bsn).persoon().id();
        start(id, VLUCHTELINGENWERK, Vandaag.datum());
        for (String pad : List.of(
                "/inburgeraars/" + id,
                "/inburgeraars/" + id + "/begeleiding",
                "/inburgeraars/" + id + "/leerroute",
                "/inburgeraars/" + id + "/pips",
                "/inburgeraars",
                "/werkvoorraad")) {
            mvc.perform(get(pad).with(begeleider())).andExpect(status().isForbidden());
        }
        mvc.perform(get("/api/v1/inburgeraars/" + id).with(httpBasic("begeleider.vluchtelingenwerk", "demo")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/inburgeraars/" + id + "/examenresultaten")
                        .with(httpBasic("begeleider.vluchtelingenwerk", "demo")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/begeleidingen/" + traject(id).id()).with(begeleider()))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(bsn))))
                .andExpect(content().string(containsString("******" + bsn.substring(6))))
                .andExpect(content().string(not(containsString("id=\"persoonskop\""))));
    }

    @Test
    void everyReadAndChangeOfTheBegeleiderIsInTheProcessingLog() throws Exception {
        String bsn = nl.openinburgering.TestBsn.nieuw();
        String id = Testdossier.in(mvc).bsn(bsn).persoon().id();
        start(id, VLUCHTELINGENWERK, Vandaag.datum());
        UUID traject = traject(id).id();
        int voor = logregels(bsn).size();

        mvc.perform(get("/begeleidingen/" + traject).with(begeleider())).andExpect(status().isOk());
        contact(traject, "1").andExpect(status().is3xxRedirection());

        List<Map<String, Object>> na = logregels(bsn);
        assertThat(na.subList(voor, na.size()))
                .extracting(r ->
                        r.get("gebruiker") + " " + r.get("rol") + " " + r.get("activiteit") + " " + r.get("handeling"))
                .containsExactly(
                        "begeleider.vluchtelingenwerk MAATSCHAPPELIJK_BEGELEIDER BEGELEIDING_RAADPLEGEN LEZEN",
                        "begeleider.vluchtelingenwerk MAATSCHAPPELIJK_BEGELEIDER BEGELEIDING_VASTLEGGEN AANMAKEN");
    }

    private List<Map<String, Object>> logregels(String bsn) {
        String pseudoniem = verwerkingslog.pseudoniem(new Bsn(bsn));
        return Tenant.alsGemeente(
                new Gemeentecode("0148"),
                () -> transactie.execute(status -> jdbc.sql("select * from verwerking where betrokkene = ? order by id")
                        .param(pseudoniem)
                        .query()
                        .listOfRows()));
    }

    @Test
    void aBegeleiderNotLinkedToAPartnerSeesAnEmptyListAndNoTraject() throws Exception {
        String id = Testdossier.in(mvc).persoon().id();
        start(id, VLUCHTELINGENWERK, Vandaag.datum());
        mvc.perform(get("/begeleidingen").with(begeleider("begeleider.zonderpartner")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Uw organisatie begeleidt nog niemand.")));
        mvc.perform(get("/begeleidingen/" + traject(id).id()).with(begeleider("begeleider.zonderpartner")))
                .andExpect(status().isNotFound());
    }

    @Test
    void everyLinkTheBegeleiderIsOfferedOpens() throws Exception {
        for (Navigatie.Punt punt : List.of(
                        Navigatie.voor(Rol.MAATSCHAPPELIJK_BEGELEIDER), Starttaken.voor(Rol.MAATSCHAPPELIJK_BEGELEIDER))
                .stream()
                .flatMap(List::stream)
                .toList()) {
            mvc.perform(get(punt.href()).with(begeleider())).andExpect(status().isOk());
        }
    }

    @Test
    void r8_3_theHoursOfAContactMomentCountAsZrouteParticipationHours() throws Exception {
        String id = Testdossier.in(mvc).persoon().id();
        start(id, VLUCHTELINGENWERK, Vandaag.datum().minusDays(10));
        UUID traject = traject(id).id();
        assertThat(participatieuren(id)).isEqualByComparingTo("0");

        contact(traject, "0")
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("R8.3")));
        contact(traject, "2,5").andExpect(status().is3xxRedirection());
        assertThat(participatieuren(id)).isEqualByComparingTo("2.5");
        mvc.perform(get("/begeleidingen/" + traject).with(begeleider()))
                .andExpect(content().string(containsString("Huurcontract besproken")));
    }

    @Test
    void theClosingSummaryReachesTheConsulentInThePersonsFile() throws Exception {
        String id = Testdossier.in(mvc).persoon().id();
        start(id, VLUCHTELINGENWERK, Vandaag.datum().minusDays(30));
        UUID traject = traject(id).id();
        // Closing cannot be undone: without the confirmation nothing is closed.
        mvc.perform(post("/begeleidingen/" + traject + "/afsluiting")
                        .with(begeleider())
                        .with(csrf())
                        .param("afsluitDatum", Vandaag.datum().toString())
                        .param("afsluitSamenvatting", "Woning, zorgverzekering en toeslagen geregeld."))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Bevestig dat u het traject wilt afsluiten")));
        assertThat(traject(id).afgesloten()).isFalse();
        mvc.perform(post("/begeleidingen/" + traject + "/afsluiting")
                        .with(begeleider())
                        .with(csrf())
                        .param("afsluitDatum", Vandaag.datum().toString())
                        .param("afsluitSamenvatting", "Woning, zorgverzekering en toeslagen geregeld.")
                        .param("afsluitBevestigd", "ja"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/inburgeraars/" + id + "/begeleiding").with(consulentDalfsen()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Woning, zorgverzekering en toeslagen geregeld.")));
        contact(traject, "1").andExpect(status().isConflict());
    }

    private org.springframework.test.web.servlet.ResultActions start(String id, UUID partner, LocalDate datum)
            throws Exception {
        return mvc.perform(post("/inburgeraars/" + id + "/begeleiding/start")
                .with(consulentDalfsen())
                .with(csrf())
                .param("begeleidingPartner", partner.toString())
                .param("begeleidingStart", datum.toString()));
    }

    private org.springframework.test.web.servlet.ResultActions contact(UUID traject, String uren) throws Exception {
        return mvc.perform(post("/begeleidingen/" + traject + "/contactmomenten")
                .with(begeleider())
                .with(csrf())
                .param("contactDatum", Vandaag.datum().toString())
                .param("contactOnderwerp", "HUISVESTING")
                .param("contactUren", uren)
                .param("contactNotitie", "Huurcontract besproken")
                .param("contactHulp", "Samen de huurtoeslag aangevraagd"));
    }

    private org.springframework.test.web.servlet.ResultActions werkvoorraad(LocalDate peildatum) throws Exception {
        return mvc.perform(get("/api/v1/werkvoorraad")
                        .with(Testdossier.TEAMLEIDER)
                        .param("signaal", "BEGELEIDING_EINDE")
                        .param("peildatum", peildatum.toString())
                        .param("paginaGrootte", "100"))
                .andExpect(status().isOk());
    }

    private Begeleidingstraject traject(String id) {
        return als(
                "consulent.dalfsen",
                "CONSULENT",
                "0148",
                () -> begeleiding.inDossier(UUID.fromString(id)).orElseThrow().traject());
    }

    private BigDecimal participatieuren(String id) {
        return als(
                "consulent.dalfsen",
                "CONSULENT",
                "0148",
                () -> zroutes.urenstand(UUID.fromString(id)).participatieuren());
    }

    static <T> T als(String gebruiker, String rol, String gemeente, Supplier<T> werk) {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        gebruiker, null, AuthorityUtils.createAuthorityList("ROLE_" + rol, "GEMEENTE_" + gemeente)));
        try {
            return werk.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
