package nl.openinburgering.demo;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import nl.openinburgering.AlsGebruiker;
import nl.openinburgering.inburgeraar.InburgeraarBeheer;
import nl.openinburgering.platform.Tenant;
import nl.openinburgering.shared.Bsn;
import nl.openinburgering.shared.Gemeentecode;
import nl.openinburgering.werkvoorraad.ToewijzingBeheer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
@AutoConfigureMockMvc // not used here: the same context as the other integration tests, so no own PostgreSQL
class DemoInburgeraarsIntegrationTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactie;

    @Autowired
    List<ApplicationRunner> runners;

    @Autowired
    InburgeraarBeheer inburgeraars;

    @Autowired
    ToewijzingBeheer toewijzingen;

    private List<String> bsnsVan(String gemeente) {
        return Tenant.alsGemeente(
                new Gemeentecode(gemeente),
                () -> transactie.execute(status -> jdbc.sql("select bsn from inburgeraar where gemeentecode = ?")
                        .param(gemeente)
                        .query(String.class)
                        .list()));
    }

    @Test
    void everyGemeenteOfTheRegionGetsAboutTwentyFictitiousPeopleWithValidBsns() {
        for (String gemeente : List.of("0148", "0180", "1896")) {
            List<String> bsns = bsnsVan(gemeente);
            assertThat(bsns)
                    .hasSizeGreaterThanOrEqualTo(20)
                    .allSatisfy(bsn -> assertThat(Bsn.voldoetAanElfproef(bsn)).isTrue());
        }
        // the half-year report's tests add generated gemeenten ("Proefgemeente …") to the shared test database
        assertThat(jdbc.sql("select naam from gemeente where naam not like 'Proefgemeente %' order by code")
                        .query(String.class)
                        .list())
                .containsExactly("Dalfsen", "Staphorst", "Zwartewaterland");
        // The ten of R__demo_platform, begeleider.humanitas of R__demo_platform_begeleiding and
        // financieel.dalfsen of R__demo_platform_ontzorging, and the five demo inburgeraars of
        // R__demo_platform_portaal (three in Dalfsen, one in Staphorst, one in Zwartewaterland).
        assertThat(jdbc.sql("select count(*) from gebruiker").query(Long.class).single())
                .isEqualTo(17);
    }

    @Test
    void peopleAreInDifferentStagesOfTheTenWeekTerm() {
        Long verlopen = Tenant.alsGemeente(
                new Gemeentecode("0148"),
                () -> transactie.execute(status -> jdbc.sql(
                                "select count(*) from inburgeraar where datum_start_termijn_vaststelling_leerroute + 70 < current_date")
                        .query(Long.class)
                        .single()));
        Long lopend = Tenant.alsGemeente(
                new Gemeentecode("0148"),
                () -> transactie.execute(status -> jdbc.sql(
                                "select count(*) from inburgeraar where datum_start_termijn_vaststelling_leerroute + 70 >= current_date")
                        .query(Long.class)
                        .single()));

        assertThat(verlopen).isPositive();
        assertThat(lopend).isPositive();
    }

    /** DemoToewijzingen: each gemeente's people are divided between that gemeente's demo consulenten. */
    @Test
    void everyDemoPersonIsAssignedToAConsulentOfTheirGemeente() {
        assertThat(consulentenVan("0148"))
                .containsOnlyKeys("consulent.dalfsen", "consulent2.dalfsen")
                .allSatisfy((consulent, aantal) -> assertThat(aantal).isEqualTo(10));
        assertThat(consulentenVan("0180")).containsExactly(Map.entry("consulent.staphorst", 20L));
        assertThat(consulentenVan("1896")).containsExactly(Map.entry("consulent.zwartewaterland", 20L));
    }

    private Map<String, Long> consulentenVan(String gemeente) {
        return Tenant.alsGemeente(
                new Gemeentecode(gemeente),
                () ->
                        transactie.execute(status -> jdbc
                                .sql("""
                select t.consulent, count(*) from inburgeraar i join toewijzing t on t.inburgeraar_id = i.id
                where i.gemeentecode = ? and i.bsn like '9999%' group by t.consulent""")
                                .param(gemeente)
                                .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2)))
                                .list()
                                .stream()
                                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue))));
    }

    /** The demo entry points skip the processing log, so a signed-in user (always logged) may not use them. */
    @Test
    void theDemoEntryPointsRefuseASignedInUser() {
        assertThatThrownBy(() -> AlsGebruiker.consulentVanDalfsen(() -> inburgeraars.registreerDemopersonen(List.of())))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> AlsGebruiker.consulentVanDalfsen(() -> toewijzingen.verdeelDemopersonen()))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void runningTheLoaderAgainAddsNothing() throws Exception {
        int voor = bsnsVan("0148").size();
        for (ApplicationRunner runner : runners) {
            runner.run(new DefaultApplicationArguments());
        }
        assertThat(bsnsVan("0148")).hasSize(voor);
    }
}
