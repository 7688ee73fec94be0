package nl.openinburgering.pvt;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import nl.openinburgering.inburgeraar.Inburgeringstermijn;
import nl.openinburgering.shared.Veldfout;
import nl.openinburgering.shared.Verwijtbaar;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules of the signing of the participatieverklaring, without Spring. */
class PvtRegelsTests {

    static final LocalDate VANDAAG = LocalDate.of(2026, 11, 20);
    static final Optional<Inburgeringstermijn> TERMIJN =
            Optional.of(new Inburgeringstermijn(LocalDate.of(2026, 3, 2), LocalDate.of(2029, 3, 2)));

    static List<String> codes(List<Veldfout> fouten) {
        return fouten.stream().map(Veldfout::code).toList();
    }

    @Test
    void r5_2_refusesSigningWith11Point9Hours() {
        assertThat(codes(PvtRegels.ondertekening(VANDAAG, new BigDecimal("11.9"), true, TERMIJN, VANDAAG, null)))
                .containsExactly("R5.2");
    }

    @Test
    void r5_2_acceptsSigningWithExactly12Hours() {
        assertThat(PvtRegels.ondertekening(VANDAAG, new BigDecimal("12.0"), true, TERMIJN, VANDAAG, null))
                .isEmpty();
    }

    @Test
    void r5_3_refusesSigningWithoutAnActivityOrExcursion() {
        assertThat(codes(PvtRegels.ondertekening(VANDAAG, new BigDecimal("14"), false, TERMIJN, VANDAAG, null)))
                .containsExactly("R5.3");
    }

    @Test
    void r5_5_refusesADateInTheFutureOrBeforeTheTermijnOrWithoutAPip() {
        assertThat(codes(PvtRegels.ondertekening(
                        VANDAAG.plusDays(1), new BigDecimal("12"), true, TERMIJN, VANDAAG, null)))
                .containsExactly("R5.5");
        assertThat(codes(PvtRegels.ondertekening(
                        LocalDate.of(2026, 3, 1), new BigDecimal("12"), true, TERMIJN, VANDAAG, null)))
                .containsExactly("R5.5");
        assertThat(codes(PvtRegels.ondertekening(VANDAAG, new BigDecimal("12"), true, Optional.empty(), VANDAAG, null)))
                .containsExactly("R5.5");
    }

    @Test
    void r5_5_refusesAVerwijtbaarIndicationForASigningWithinTheTermijn() {
        List<Veldfout> fouten =
                PvtRegels.ondertekening(VANDAAG, new BigDecimal("12"), true, TERMIJN, VANDAAG, Verwijtbaar.NEE);
        assertThat(fouten).extracting(Veldfout::veld).containsExactly("verwijtbaar");
        assertThat(codes(fouten)).containsExactly("R5.5");
    }

    @Test
    void d2_theDefaultProgrammeHasFourPartsOfThreeHoursAnActivityAndTheSigning() {
        List<Onderdeel> standaard = Onderdeel.standaard();
        assertThat(standaard.stream().filter(o -> o.uren().compareTo(new BigDecimal("3")) == 0))
                .hasSize(4);
        assertThat(standaard).anyMatch(Onderdeel::activiteit);
        assertThat(standaard.stream().map(Onderdeel::uren).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isGreaterThanOrEqualTo(PvtRegels.MINIMUM_UREN);
    }
}
