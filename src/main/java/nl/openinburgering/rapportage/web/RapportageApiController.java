package nl.openinburgering.rapportage.web;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import nl.openinburgering.rapportage.Cohortregel;
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
            summary =
                    "Per cohort (jaar van de start van de inburgeringstermijn): aantal inburgeraars, gevolgde "
                            + "uren taalles/KNM en afgeronde Z-routes, van de eigen gemeente of landelijk (alle gemeenten samen)",
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
        List<Cohortregel> regels = switch (niveau) {
            case GEMEENTE -> rapportages.urenPerCohort();
            case LANDELIJK -> rapportages.urenPerCohortLandelijk();
            default ->
                throw new OngeldigeInvoer(
                        new Veldfout("niveau", "niveau.ongeldig", "Het niveau is GEMEENTE of LANDELIJK."));
        };
        return new UrenPerCohort(regels.stream().map(Cohort::van).toList());
    }

    record UrenPerCohort(List<Cohort> cohorten) {}

    /** {@code jaar} is null for the persons whose termijn has not started (no fixed PIP yet). */
    record Cohort(
            Integer jaar,
            long aantalInburgeraars,
            BigDecimal gevolgdeUrenTaallesKnm,
            BigDecimal gemiddeldeUrenTaallesKnm,
            long aantalZroutesAfgerond) {

        static Cohort van(Cohortregel regel) {
            return new Cohort(
                    regel.jaar(),
                    regel.personen(),
                    regel.gevolgdeUrenTaallesKnm(),
                    regel.gemiddeldeUren(),
                    regel.zroutesAfgerond());
        }
    }
}
