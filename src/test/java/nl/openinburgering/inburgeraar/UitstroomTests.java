package nl.openinburgering.inburgeraar;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.openinburgering.shared.Bsn;
import nl.openinburgering.shared.OngeldigeInvoer;
import nl.openinburgering.shared.Veldfout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** D10: an outflow to work or study checks itself against the person's file. */
class UitstroomTests {

    static final LocalDate VANDAAG = LocalDate.of(2026, 6, 15);
    static final InburgeraarFeiten PERSOON = new InburgeraarFeiten(
            UUID.randomUUID(),
            new Bsn(nl.openinburgering.TestBsn.nieuw()),
            Doelgroep.ASIELSTATUSHOUDER,
            LocalDate.of(2025, 1, 1),
            LocalDate.of(2025, 3, 1),
            Optional.empty());

    @Test
    void d10_recordsKindDateAndATrimmedNote() {
        Uitstroom u = Uitstroom.nieuw(PERSOON, Uitstroomsoort.WERK, LocalDate.of(2025, 3, 1), "  Productie  ", VANDAAG);
        assertThat(u.soort()).isEqualTo(Uitstroomsoort.WERK);
        assertThat(u.datum()).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(u.toelichting()).isEqualTo("Productie");
        assertThat(u.inburgeraarId()).isEqualTo(PERSOON.id());
        assertThat(Uitstroom.nieuw(PERSOON, Uitstroomsoort.STUDIE, VANDAAG, " ", VANDAAG)
                        .toelichting())
                .isNull();
    }

    @Test
    void d10_refusesAMissingKindAndDateWithOneMessageEach() {
        assertThatThrownBy(() -> Uitstroom.nieuw(PERSOON, null, null, null, VANDAAG))
                .isInstanceOfSatisfying(
                        OngeldigeInvoer.class,
                        fout -> assertThat(fout.fouten())
                                .extracting(Veldfout::veld)
                                .containsExactly("soort", "datum"));
    }

    @Test
    void d10_refusesADateInTheFutureOrBeforeTheSettlementInTheGemeente() {
        assertThatThrownBy(() -> Uitstroom.nieuw(PERSOON, Uitstroomsoort.WERK, VANDAAG.plusDays(1), null, VANDAAG))
                .isInstanceOfSatisfying(
                        OngeldigeInvoer.class,
                        fout -> assertThat(fout.fouten())
                                .extracting(Veldfout::code)
                                .containsExactly("datum.toekomst"));
        assertThatThrownBy(
                        () -> Uitstroom.nieuw(PERSOON, Uitstroomsoort.WERK, LocalDate.of(2025, 2, 28), null, VANDAAG))
                .isInstanceOfSatisfying(
                        OngeldigeInvoer.class,
                        fout -> assertThat(fout.fouten())
                                .extracting(Veldfout::code)
                                .containsExactly("datum.voorVestiging"));
    }

    @Test
    void d10_refusesANoteOfMoreThan500Characters() {
        assertThat(Uitstroom.nieuw(PERSOON, Uitstroomsoort.WERK, VANDAAG, "x".repeat(500), VANDAAG)
                        .toelichting())
                .hasSize(500);
        assertThatThrownBy(() -> Uitstroom.nieuw(PERSOON, Uitstroomsoort.WERK, VANDAAG, "x".repeat(501), VANDAAG))
                .isInstanceOf(OngeldigeInvoer.class);
    }
}
