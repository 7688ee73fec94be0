package nl.openinburgering.aanbieder;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import static nl.openinburgering.aanbieder.AanbiederTestdata.AANBIEDER_PARTICIPATIE;
import static nl.openinburgering.aanbieder.AanbiederTestdata.AANBIEDER_TAAL;
import static nl.openinburgering.aanbieder.AanbiederTestdata.PARTICIPATIEWERK;
import static nl.openinburgering.aanbieder.AanbiederTestdata.TAALSCHOOL;
import static nl.openinburgering.aanbieder.AanbiederTestdata.regel;
import static nl.openinburgering.aanbieder.AanbiederTestdata.regels;
import static nl.openinburgering.aanbieder.AanbiederTestdata.sleutel;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The second wall of provider tenancy (ADR 0005): row-level security itself, with queries that "forget" the
 * provider or gemeente filter. And the processing log of a provider's reads, under the person's gemeente.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AanbiederTenantIsolatieIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transacties;

    @Autowired
    EmbeddedPostgres postgres;

    @Autowired
    DeelnameBeheer deelnames;

    AanbiederTestdata data;

    @BeforeEach
    void testdata() {
        data = new AanbiederTestdata(mvc);
    }

    @Test
    void theDatabaseShowsAProviderOnlyItsOwnDeelnamesPeopleAndHours() throws Exception {
        String taalPersoon = data.persoon();
        String taal = data.deelname(taalPersoon, TAALSCHOOL, "LEERROUTE");
        String participatiePersoon = data.persoon();
        String participatie = data.deelname(participatiePersoon, PARTICIPATIEWERK, "PARTICIPATIE");
        data.meld(AANBIEDER_TAAL, sleutel(), regels(regel(taal, "2026-04-07", "TAALLES_KNM", "3", true, null)))
                .andExpect(status().isCreated());
        List<String> ids = List.of(taal, participatie);
        List<String> personen = List.of(taalPersoon, participatiePersoon);

        assertThat(als(
                        "aanbieder.participatie",
                        List.of("ROLE_AANBIEDER", "AANBIEDER_" + PARTICIPATIEWERK),
                        () -> List.of(
                                tel("select count(*) from deelname where id::text in (?, ?)", ids),
                                tel("select count(*) from inburgeraar where id::text in (?, ?)", personen),
                                tel("select count(*) from urenregel where deelname_id::text in (?, ?)", ids))))
                .containsExactly(1L, 1L, 0L);
        assertThat(als(
                        "aanbieder.taalschool",
                        List.of("ROLE_AANBIEDER", "AANBIEDER_" + TAALSCHOOL),
                        () -> List.of(
                                tel("select count(*) from deelname where id::text in (?, ?)", ids),
                                tel("select count(*) from inburgeraar where id::text in (?, ?)", personen),
                                tel("select count(*) from urenregel where deelname_id::text in (?, ?)", ids))))
                .containsExactly(1L, 1L, 1L);
        assertThat(als(
                        "consulent.staphorst",
                        List.of("ROLE_CONSULENT", "GEMEENTE_0180"),
                        () -> List.of(
                                tel("select count(*) from deelname where id::text in (?, ?)", ids),
                                tel("select count(*) from urenregel where deelname_id::text in (?, ?)", ids))))
                .containsExactly(0L, 0L);
    }

    @Test
    void aDeelnameIsFoundOnlyByItsGemeenteAndItsProvider() throws Exception {
        UUID deelname = UUID.fromString(data.deelname(data.persoon(), TAALSCHOOL, "LEERROUTE"));
        assertThat(als(
                        "consulent.dalfsen",
                        List.of("ROLE_CONSULENT", "GEMEENTE_0148"),
                        () -> deelnames.deelname(deelname)))
                .get()
                .extracting(Deelname::soort)
                .isEqualTo(Deelnamesoort.LEERROUTE);
        assertThat(als(
                        "consulent.staphorst",
                        List.of("ROLE_CONSULENT", "GEMEENTE_0180"),
                        () -> deelnames.deelname(deelname)))
                .isEmpty();
        assertThat(als(
                        "aanbieder.taalschool",
                        List.of("ROLE_AANBIEDER", "AANBIEDER_" + TAALSCHOOL),
                        () -> deelnames.deelnameVanAanbieder(deelname, UUID.fromString(TAALSCHOOL))))
                .isPresent();
        assertThat(als(
                        "aanbieder.participatie",
                        List.of("ROLE_AANBIEDER", "AANBIEDER_" + PARTICIPATIEWERK),
                        () -> deelnames.deelnameVanAanbieder(deelname, UUID.fromString(PARTICIPATIEWERK))))
                .isEmpty();
    }

    @Test
    void aProvidersReadOfItsParticipantsIsLoggedUnderTheirGemeente() throws Exception {
        String persoon = data.persoon();
        data.deelname(persoon, PARTICIPATIEWERK, "PARTICIPATIE");
        long voor = verwerkingen();
        mvc.perform(get("/api/v1/aanbieder/deelnames").with(AANBIEDER_PARTICIPATIE))
                .andExpect(status().isOk());
        assertThat(verwerkingen()).isGreaterThan(voor);
    }

    private long verwerkingen() throws Exception {
        try (var c = postgres.getDatabase("openinburgering_eigenaar", "openinburgering")
                        .getConnection();
                var rs = c.createStatement().executeQuery("""
                        select count(*) from verwerking where gemeentecode = '0148' and rol = 'AANBIEDER'
                        and gebruiker = 'aanbieder.participatie' and activiteit = 'DEELNAMES_RAADPLEGEN'""")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private long tel(String sql, List<String> parameters) {
        return jdbc.sql(sql).params(parameters.toArray()).query(Long.class).single();
    }

    private <T> T als(String naam, List<String> autoriteiten, Supplier<T> werk) {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        naam, null, AuthorityUtils.createAuthorityList(autoriteiten)));
        try {
            return new TransactionTemplate(transacties).execute(status -> werk.get());
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
