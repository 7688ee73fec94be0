package nl.openinburgering.platform;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import nl.openinburgering.TestBsn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The first wall of tenant isolation on its own: here the app connects as the table owner, for whom
 * row-level security does not apply, so only the queries' own {@code gemeentecode} keeps the gemeenten apart.
 * (In every other test both walls stand, and a forgotten condition would be hidden by the second.)
 */
@SpringBootTest
@AutoConfigureMockMvc
class QueryLaagIsolatieIntegrationTests {

    @TestConfiguration
    static class AlsEigenaar {

        /** The app's pool replaced by one to the same database, as the owner role instead of the app role. */
        @Bean
        static BeanPostProcessor verbindAlsEigenaar() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String naam) {
                    if (bean instanceof HikariDataSource pool && "dataSource".equals(naam)) {
                        HikariConfig config = new HikariConfig();
                        config.setJdbcUrl(
                                pool.getJdbcUrl().replace("user=openinburgering_app", "user=openinburgering_eigenaar"));
                        config.setUsername("openinburgering_eigenaar");
                        pool.close();
                        return new HikariDataSource(config);
                    }
                    return bean;
                }
            };
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void rowLevelSecurityIsReallyOffHereSoTheTestMeansSomething() {
        assertThat(jdbc.sql("select current_user").query(String.class).single()).isEqualTo("openinburgering_eigenaar");
        assertThat(jdbc.sql("select count(distinct gemeentecode) from inburgeraar")
                        .query(Long.class)
                        .single())
                .isEqualTo(3);
    }

    @Test
    void theQueriesAloneKeepADalfsenRecordFromAStaphorstConsulent() throws Exception {
        String bsn = TestBsn.nieuw();
        String antwoord = mvc.perform(post("/api/v1/inburgeraars")
                        .with(httpBasic("consulent.dalfsen", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"bsn": "%s", "voornamen": "Amina", "geslachtsnaam": "Haddad", "geboortedatum": "1994-05-17",
                                 "doelgroep": "ASIELSTATUSHOUDER", "datumStartInburgeringsplicht": "2026-01-12"}""".formatted(bsn)))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String id = JsonPath.read(antwoord, "$.id");

        mvc.perform(get("/api/v1/inburgeraars/" + id).with(httpBasic("consulent.staphorst", "demo")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/inburgeraars/_zoek")
                        .with(httpBasic("consulent.staphorst", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"bsn\": \"" + bsn + "\"}"))
                .andExpect(jsonPath("$.resultaten", hasSize(0)));
        mvc.perform(get("/api/v1/inburgeraars?paginaGrootte=100").with(httpBasic("consulent.staphorst", "demo")))
                .andExpect(jsonPath("$.resultaten[*].gemeentecode", everyItem(is("0180"))));
        mvc.perform(get("/api/v1/inburgeraars/" + id + "/pips").with(httpBasic("consulent.staphorst", "demo")))
                .andExpect(status().isNotFound());
    }
}
