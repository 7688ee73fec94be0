package nl.openinburgering.leerroute;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import nl.openinburgering.shared.Veldfout;

import static org.assertj.core.api.Assertions.assertThat;

class ExamenmeldingTests {

    static final LocalDate VANDAAG = LocalDate.of(2026, 9, 1);

    @Test
    void r4_1_aLanguagePartHasALevelAndKnmHasNone() {
        assertThat(new Examenmelding(Examenonderdeel.LE, Taalniveau.B1, Examenuitslag.GESLAAGD, null, VANDAAG)
                        .controleer(VANDAAG))
                .isEmpty();
        assertThat(new Examenmelding(Examenonderdeel.KNM, null, Examenuitslag.GEZAKT, null, VANDAAG)
                        .controleer(VANDAAG))
                .isEmpty();
        assertThat(new Examenmelding(Examenonderdeel.SP, Taalniveau.A1, Examenuitslag.GESLAAGD, null, VANDAAG)
                        .controleer(VANDAAG))
                .extracting(Veldfout::code)
                .containsExactly("R4.1");
        assertThat(new Examenmelding(Examenonderdeel.KNM, Taalniveau.A2, Examenuitslag.GESLAAGD, null, VANDAAG)
                        .controleer(VANDAAG))
                .extracting(Veldfout::veld)
                .containsExactly("niveau");
    }

    @Test
    void r4_1_aReasonComesWithNoResultOnly() {
        assertThat(new Examenmelding(
                                Examenonderdeel.LU, Taalniveau.A2, Examenuitslag.GEEN, RedenGeenUitslag.ABSENT, VANDAAG)
                        .controleer(VANDAAG))
                .isEmpty();
        assertThat(new Examenmelding(Examenonderdeel.LU, Taalniveau.A2, Examenuitslag.GEEN, null, VANDAAG)
                        .controleer(VANDAAG))
                .extracting(Veldfout::veld, Veldfout::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("reden", "R4.1"));
        assertThat(new Examenmelding(
                                Examenonderdeel.LU,
                                Taalniveau.A2,
                                Examenuitslag.GEZAKT,
                                RedenGeenUitslag.VERWIJTBAAR,
                                VANDAAG)
                        .controleer(VANDAAG))
                .extracting(Veldfout::veld)
                .containsExactly("reden");
    }

    @Test
    void refusesAnExamDateInTheFuture() {
        assertThat(new Examenmelding(
                                Examenonderdeel.SC, Taalniveau.B2, Examenuitslag.GESLAAGD, null, VANDAAG.plusDays(1))
                        .controleer(VANDAAG))
                .extracting(Veldfout::code)
                .containsExactly("datum.toekomst");
    }

    @Test
    void aProgressReportHasALevelOrRemarks() {
        assertThat(new Voortgangsmelding(VANDAAG, null, null, null, null, null, " ").controleer(VANDAAG))
                .extracting(Veldfout::veld)
                .containsExactly("opmerkingen");
        assertThat(new Voortgangsmelding(VANDAAG, Taalniveau.A2, null, null, null, null, null).controleer(VANDAAG))
                .isEmpty();
        assertThat(new Voortgangsmelding(VANDAAG, null, null, null, null, null, "Goed bezig").controleer(VANDAAG))
                .isEmpty();
    }
}
