package nl.openinburgering.rapportage.web;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import nl.openinburgering.rapportage.Cohortregel;
import nl.openinburgering.rapportage.LandelijkCohort;
import nl.openinburgering.rapportage.Landelijkrapport;
import nl.openinburgering.rapportage.RapportageBeheer;
import nl.openinburgering.shared.OngeldigeInvoer;
import nl.openinburgering.shared.Veldfout;

/**
 * Management information for the beleidsmedewerker: aggregates of the own gemeente, or of all gemeenten
 * together ({@code niveau=LANDELIJK}, ADR 0007); never persons.
 */
@RestController
@Tag(name = "rapportages", description = "Stuurinformatie voor beleid: totalen van de eigen gemeente of landelijk")
class RapportageApiController {

    static final String GEMEENTE = "GEMEENTE";
    static final String LANDELIJK = "LANDELIJK";

    private final RapportageBeheer rapportages;

    RapportageApiController(RapportageBeheer rapportages) {
        this.rapportages = rapportages;
    }

    @GetMapping(path = "/api/v1/rapportages/uren-per-cohort", produces = "application/json")
    @Operation(
            summary = "Per cohort (jaar van de start van de inburgeringstermijn): aantal inburgeraars, gevolgde "
                    + "uren taalles/KNM en afgeronde Z-routes, van de eigen gemeente of landelijk (alle gemeenten samen; "
                    + "stand van de dag, cellen onder 10 personen onderdrukt als null)",
            operationId = "haalUrenPerCohortOp")
    UrenPerCohort urenPerCohort(
            @Parameter(
                            description = "GEMEENTE (standaard): de eigen gemeente; LANDELIJK: "
                                    + "alle gemeenten samen, alleen totalen per cohort",
                            schema =
                                    @Schema(
                                            allowableValues = {GEMEENTE, LANDELIJK},
                                            defaultValue = GEMEENTE))
                    @RequestParam(defaultValue = GEMEENTE)
                    String niveau) {
        return switch (niveau) {
            case GEMEENTE ->
                new UrenPerCohort(
                        rapportages.urenPerCohort().stream().map(Cohort::van).toList(), null);
            case LANDELIJK -> {
                Landelijkrapport rapport = rapportages.urenPerCohortLandelijk();
                yield new UrenPerCohort(
                        rapport.cohorten().stream().map(Cohort::van).toList(),
                        rapport.berekendOp().atOffset(ZoneOffset.UTC));
            }
            default ->
                throw new OngeldigeInvoer(
                        new Veldfout("niveau", "niveau.ongeldig", "Het niveau is GEMEENTE of LANDELIJK."));
        };
    }

    /**
     * @param berekendOp LANDELIJK: the moment of the day's stand the figures come from (ADR 0014); GEMEENTE: null,
     *     the own figures are live
     */
    record UrenPerCohort(List<Cohort> cohorten, @Nullable OffsetDateTime berekendOp) {}

    /**
     * {@code jaar} is null for the persons whose termijn has not started (no fixed PIP yet). LANDELIJK: a null
     * count is a suppressed cell (1 to 9 persons, or 1 to 9 outside the own gemeente; issue 17 point 6).
     */
    record Cohort(
            @Nullable Integer jaar,
            @Nullable Long aantalInburgeraars,
            @Nullable BigDecimal gevolgdeUrenTaallesKnm,
            @Nullable BigDecimal gemiddeldeUrenTaallesKnm,
            @Nullable Long aantalZroutesAfgerond) {

        static Cohort van(Cohortregel regel) {
            return new Cohort(
                    regel.jaar(),
                    regel.personen(),
                    regel.gevolgdeUrenTaallesKnm(),
                    regel.gemiddeldeUren(),
                    regel.zroutesAfgerond());
        }

        static Cohort van(LandelijkCohort regel) {
            return new Cohort(
                    regel.jaar(),
                    regel.personen(),
                    regel.gevolgdeUrenTaallesKnm(),
                    regel.gemiddeldeUren(),
                    regel.zroutesAfgerond());
        }
    }
}
