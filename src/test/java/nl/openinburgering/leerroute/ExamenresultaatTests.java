package nl.openinburgering.leerroute;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.openinburgering.aanbieder.Deelname;
import nl.openinburgering.aanbieder.Deelnamesoort;
import nl.openinburgering.shared.Gemeentecode;
import nl.openinburgering.shared.OngeldigeInvoer;
import nl.openinburgering.shared.Veldfout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A provider's exam and progress reports on its deelname, without Spring. */
class ExamenresultaatTests {

    static final LocalDate VANDAAG = LocalDate.of(2026, 9, 1);
    static final Instant NU = Instant.parse("2026-09-01T10:00:00Z");
    static final Deelname DEELNAME = new Deelname(
            UUID.randomUUID(),
            new Gemeentecode("0148"),
            UUID.randomUUID(),
            UUID.randomUUID(),
            "Taalschool",
            Deelnamesoort.LEERROUTE,
            LocalDate.of(2026, 3, 1),
            null,
            0);

    @Test
    void r4_1_recordsAValidExamReportOnTheDeelname() {
        Examenmelding melding =
                new Examenmelding(Examenonderdeel.LE, Taalniveau.B1, Examenuitslag.GESLAAGD, null, VANDAAG);

        Examenresultaat resultaat = Examenresultaat.melden(DEELNAME, melding, VANDAAG, NU);

        assertThat(resultaat.inburgeraarId()).isEqualTo(DEELNAME.inburgeraarId());
        assertThat(resultaat.deelnameId()).isEqualTo(DEELNAME.id());
        assertThat(resultaat.aanbiederId()).isEqualTo(DEELNAME.aanbiederId());
        assertThat(resultaat.gemeldOp()).isEqualTo(NU);
    }

    @Test
    void r4_1_refusesAnExamReportAtALevelTheSkillIsNotTakenAt() {
        Examenmelding melding =
                new Examenmelding(Examenonderdeel.SP, Taalniveau.A1, Examenuitslag.GESLAAGD, null, VANDAAG);

        assertThatThrownBy(() -> Examenresultaat.melden(DEELNAME, melding, VANDAAG, NU))
                .isInstanceOfSatisfying(
                        OngeldigeInvoer.class,
                        f -> assertThat(f.fouten()).extracting(Veldfout::code).containsExactly("R4.1"));
    }

    @Test
    void refusesAProgressReportDatedInTheFuture() {
        Voortgangsmelding melding = new Voortgangsmelding(VANDAAG.plusDays(1), null, null, null, null, null, null);

        assertThatThrownBy(() -> Voortgangsrapportage.melden(DEELNAME, melding, VANDAAG, NU))
                .isInstanceOf(OngeldigeInvoer.class);
    }
}
