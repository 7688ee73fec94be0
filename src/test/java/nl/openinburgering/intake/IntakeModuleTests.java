package nl.openinburgering.intake;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.security.test.context.support.WithMockUser;

import nl.openinburgering.TestBsn;
import nl.openinburgering.inburgeraar.Doelgroep;
import nl.openinburgering.inburgeraar.InburgeraarBeheer;
import nl.openinburgering.inburgeraar.Persoonsgegevens;
import nl.openinburgering.shared.Leerroute;

import static org.assertj.core.api.Assertions.assertThat;

/** The intake with the registry: the leerbaarheidstoets and the consulent's route choice (R2.4). */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@WithMockUser(
        username = "consulent.dalfsen",
        authorities = {"ROLE_CONSULENT", "GEMEENTE_0148"})
class IntakeModuleTests {

    @Autowired
    IntakeBeheer intakes;

    @Autowired
    InburgeraarBeheer inburgeraars;

    @Test
    void r2_4_theRouteTheConsulentChoseIsWhatThePipEditorGets() {
        UUID id = inburgeraars
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
        assertThat(intakes.gekozenLeerroute(id)).isEmpty();

        intakes.legLeerbaarheidstoetsVast(
                id, 0, new Leerbaarheidstoets(null, LbtResultaat.B1_ROUTE_HAALBAAR, null, null, null, null));
        intakes.kiesLeerroute(id, 1, Leerroute.B1_ROUTE, null);

        assertThat(intakes.gekozenLeerroute(id)).contains(Leerroute.B1_ROUTE);
    }
}
