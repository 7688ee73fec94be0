package nl.openinburgering.intake;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

import nl.openinburgering.TestBsn;
import nl.openinburgering.inburgeraar.Doelgroep;
import nl.openinburgering.inburgeraar.InburgeraarBeheer;
import nl.openinburgering.inburgeraar.Persoonsgegevens;
import nl.openinburgering.shared.Conflict;
import nl.openinburgering.shared.Leerroute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The module's API as another module (the PIP editor) uses it. */
@SpringBootTest
@AutoConfigureMockMvc // not used here: the same context as the other integration tests, so no own PostgreSQL
@WithMockUser(
        username = "consulent.dalfsen",
        authorities = {"ROLE_CONSULENT", "GEMEENTE_0148"})
class IntakeBeheerIntegrationTests {

    @Autowired
    IntakeBeheer intakes;

    @Autowired
    InburgeraarBeheer inburgeraars;

    @Autowired
    JdbcClient jdbc;

    UUID inburgeraar() {
        return inburgeraars
                .registreer(new Persoonsgegevens(
                        TestBsn.nieuw(),
                        "Amina",
                        "Haddad",
                        LocalDate.of(1994, 5, 17),
                        Doelgroep.GEZINSMIGRANT_OF_OVERIGE_MIGRANT,
                        LocalDate.of(2026, 1, 12),
                        LocalDate.of(2026, 2, 2),
                        null))
                .id();
    }

    @Test
    void r2_4_givesTheChosenRouteForThePipEditorAndNothingBeforeAChoice() {
        UUID id = inburgeraar();
        assertThat(intakes.gekozenLeerroute(id)).isEmpty();
        intakes.legLeerbaarheidstoetsVast(
                id, 0, new Leerbaarheidstoets(null, LbtResultaat.B1_ROUTE_HAALBAAR, null, null, null, null));
        intakes.kiesLeerroute(id, 1, Leerroute.B1_ROUTE, null);
        assertThat(intakes.gekozenLeerroute(id)).contains(Leerroute.B1_ROUTE);
    }

    @Test
    void aSecondWriterWhoAlsoSawTheEmptyIntakeGetsAConflict() {
        UUID id = inburgeraar();
        intakes.legOverdrachtVast(id, 0, Overdracht.LEEG);
        assertThat(intakes.raadpleeg(id).versie()).isEqualTo(1);
        assertThatThrownBy(() -> intakes.legBevindingenVast(id, 0, Bevindingen.LEEG))
                .isInstanceOf(Conflict.class);
    }

    @Test
    void theSecondWallEveryIntakeTableHasRowLevelSecurityAndHidesRowsWithoutATenant() {
        UUID id = inburgeraar();
        intakes.voegGesprekToe(
                id,
                new Gesprek.Gespreksverslag(
                        Gesprekssoort.INTAKEGESPREK,
                        LocalDate.of(2026, 2, 1),
                        "inburgeraar, consulent",
                        false,
                        null,
                        null));
        intakes.registreerNietVerschenen(id, LocalDate.of(2026, 2, 2), Afspraaksoort.INTAKEGESPREK, false, null);
        assertThat(jdbc.sql("""
                select count(*) from pg_class where relname in ('intake', 'intake_gesprek', 'intake_niet_verschenen')
                and relrowsecurity""").query(Long.class).single()).isEqualTo(3);
        // Outside a facade's transaction no gemeente is set: the app role sees nothing, whatever the query says.
        for (String tabel : List.of("intake", "intake_gesprek", "intake_niet_verschenen")) {
            assertThat(jdbc.sql("select count(*) from " + tabel)
                            .query(Long.class)
                            .single())
                    .as(tabel)
                    .isZero();
        }
    }
}
