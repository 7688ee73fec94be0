package nl.openinburgering.werkvoorraad;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.openinburgering.pip.PipConcept;
import nl.openinburgering.platform.web.Navigatie;

import static org.assertj.core.api.Assertions.assertThat;

/** Every signal links to the page where it is resolved. */
class OplospaginaTests {

    private static final UUID ID = UUID.randomUUID();

    @Test
    void aPipTermijnWithoutAConceptLeadsToANewPipAndWithAConceptToThatConceptsEditor() {
        assertThat(Oplospagina.voor(signaal(Signaalsoort.PIP_TERMIJN), Optional.empty()))
                .isEqualTo(
                        new Navigatie.Punt("/inburgeraars/" + ID + "/pips/nieuw", "werkvoorraad.oplossen.PIP_TERMIJN"));
        UUID pip = UUID.randomUUID();
        assertThat(Oplospagina.voor(
                                signaal(Signaalsoort.PIP_TERMIJN),
                                Optional.of(new PipConcept(ID, pip, Instant.EPOCH, "consulent.dalfsen")))
                        .href())
                .isEqualTo("/inburgeraars/" + ID + "/pips/" + pip + "/bewerken");
    }

    @Test
    void eachKindLeadsToItsOwnPage() {
        assertThat(href(Signaalsoort.MAP_TERMIJN)).isEqualTo("/inburgeraars/" + ID + "/map#eindgesprek-titel");
        assertThat(href(Signaalsoort.PVT_TERMIJN)).isEqualTo("/inburgeraars/" + ID + "/pvt");
        assertThat(href(Signaalsoort.VERZUIM)).isEqualTo("/inburgeraars/" + ID + "/leerroute#deelnames-titel");
        assertThat(href(Signaalsoort.Z_ROUTE_TEMPO)).isEqualTo("/inburgeraars/" + ID + "/leerroute#uren-titel");
        assertThat(href(Signaalsoort.VOORTGANGSGESPREK))
                .isEqualTo("/werkvoorraad/inburgeraars/" + ID + "/toewijzing#gesprek-formulier");
        assertThat(href(Signaalsoort.AOW_LEEFTIJD)).isEqualTo("/inburgeraars/" + ID);
        assertThat(href(Signaalsoort.HANDHAVING)).isEqualTo("/inburgeraars/" + ID + "/handhaving");
        assertThat(href(Signaalsoort.PW_VERWIJZING)).isEqualTo("/inburgeraars/" + ID + "/handhaving");
        assertThat(href(Signaalsoort.ONTZORGING_ZES_MAANDEN)).isEqualTo("/inburgeraars/" + ID + "/ontzorging");
        assertThat(href(Signaalsoort.MACHTIGING_GEWEIGERD)).isEqualTo("/inburgeraars/" + ID + "/ontzorging");
        assertThat(href(Signaalsoort.BEGELEIDING_EINDE)).isEqualTo("/inburgeraars/" + ID + "/begeleiding");
        for (Signaalsoort soort : Signaalsoort.values()) {
            assertThat(Oplospagina.voor(signaal(soort), Optional.empty()).berichtsleutel())
                    .as(soort.name())
                    .startsWith("werkvoorraad.oplossen.");
            // A kind added by a new module gets its own page, not the file: the file is only for AOW_LEEFTIJD.
            if (soort != Signaalsoort.AOW_LEEFTIJD) {
                assertThat(href(soort)).as(soort.name()).isNotEqualTo("/inburgeraars/" + ID);
            }
        }
    }

    private static String href(Signaalsoort soort) {
        return Oplospagina.voor(signaal(soort), Optional.empty()).href();
    }

    private static Signaal signaal(Signaalsoort soort) {
        return new Signaal(ID, soort, LocalDate.of(2026, 4, 1), soort.regel(), "Doe iets.");
    }
}
