package nl.openinburgering.pvt;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.openinburgering.inburgeraar.Inburgeringstermijn;
import nl.openinburgering.shared.Conflict;

import static nl.openinburgering.Foutcodes.codes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The signing of the participatieverklaring on a person's PVT, without Spring. */
class PvtTrajectTests {

    static final LocalDate VANDAAG = LocalDate.of(2026, 11, 20);
    static final Optional<Inburgeringstermijn> TERMIJN =
            Optional.of(new Inburgeringstermijn(LocalDate.of(2026, 3, 2), LocalDate.of(2029, 3, 2)));
    static final UUID PERSOON = UUID.randomUUID();

    static Aanwezigheid sessie(LocalDate datum, String uren, boolean activiteit, boolean aanwezig) {
        return new Aanwezigheid(
                UUID.randomUUID(),
                datum,
                "Kernwaarden",
                Programma.PVT,
                new BigDecimal(uren),
                activiteit,
                Optional.empty(),
                aanwezig);
    }

    static PvtTraject traject(Aanwezigheid... aanwezigheden) {
        return new PvtTraject(PERSOON, "0148", List.of(aanwezigheden), Optional.empty());
    }

    @Test
    void r5_2_signsWithTwelveHoursAndAnActivityAndReturnsPvtOndertekend() {
        PvtTraject traject = traject(sessie(VANDAAG.minusDays(7), "9", true, true), sessie(VANDAAG, "3", false, true));

        PvtOndertekend ondertekend = traject.onderteken(VANDAAG, null, TERMIJN, "Verklaring", VANDAAG);

        assertThat(ondertekend).isEqualTo(new PvtOndertekend(PERSOON, "0148", VANDAAG, null));
        assertThat(traject.ondertekening()).get().satisfies(o -> {
            assertThat(o.uren()).isEqualByComparingTo("12");
            assertThat(o.verklaringstekst()).isEqualTo("Verklaring");
        });
    }

    @Test
    void r5_2_refusesSigningBelowTwelveHours() {
        PvtTraject traject = traject(sessie(VANDAAG, "11.5", true, true));

        assertThat(codes(() -> traject.onderteken(VANDAAG, null, TERMIJN, "Verklaring", VANDAAG)))
                .containsExactly("R5.2");
        assertThat(traject.ondertekening()).isEmpty();
    }

    @Test
    void r5_2_countsNeitherAbsencesNorSessionsAfterTheDayOfSigning() {
        PvtTraject traject = traject(
                sessie(VANDAAG.minusDays(1), "8", true, true),
                sessie(VANDAAG.minusDays(2), "4", false, false),
                sessie(VANDAAG, "4", false, true));

        assertThat(codes(() -> traject.onderteken(VANDAAG.minusDays(1), null, TERMIJN, "V", VANDAAG)))
                .containsExactly("R5.2");
    }

    @Test
    void r5_3_refusesSigningWithoutAnAttendedActivity() {
        PvtTraject traject = traject(sessie(VANDAAG, "12", false, true), sessie(VANDAAG, "2", true, false));

        assertThat(codes(() -> traject.onderteken(VANDAAG, null, TERMIJN, "V", VANDAAG)))
                .containsExactly("R5.3");
    }

    @Test
    void r5_5_refusesSigningWithoutATermijn() {
        PvtTraject traject = traject(sessie(VANDAAG, "12", true, true));

        assertThat(codes(() -> traject.onderteken(VANDAAG, null, Optional.empty(), "V", VANDAAG)))
                .containsExactly("R5.5");
    }

    @Test
    void r5_1_refusesASecondSigningAsAConflict() {
        PvtTraject traject = new PvtTraject(
                PERSOON,
                "0148",
                List.of(sessie(VANDAAG, "12", true, true)),
                Optional.of(new Ondertekening(PERSOON, VANDAAG, "V", new BigDecimal("12"), Optional.empty())));

        assertThatThrownBy(() -> traject.onderteken(VANDAAG, null, TERMIJN, "V", VANDAAG))
                .isInstanceOf(Conflict.class);
    }

    @Test
    void onlyPvtSessionsCountTowardTheSigning() {
        Aanwezigheid map = new Aanwezigheid(
                UUID.randomUUID(), VANDAAG, "Werk", Programma.MAP, new BigDecimal("12"), true, Optional.empty(), true);
        PvtTraject traject = new PvtTraject(PERSOON, "0148", List.of(map), Optional.empty());

        assertThat(codes(() -> traject.onderteken(VANDAAG, null, TERMIJN, "V", VANDAAG)))
                .containsExactly("R5.2", "R5.3");
    }
}
