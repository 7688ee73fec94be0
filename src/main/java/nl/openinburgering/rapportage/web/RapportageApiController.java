package nl.openinburgering.rapportage.web;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.openinburgering.rapportage.Cohortregel;
import nl.openinburgering.rapportage.RapportageBeheer;

/** Management information of the user's gemeente (beleidsmedewerker): aggregates, no persons. */
@RestController
@Tag(name = "rapportages", description = "Stuurinformatie over de eigen gemeente (alleen totalen)")
class RapportageApiController {

    private final RapportageBeheer rapportages;

    RapportageApiController(RapportageBeheer rapportages) {
        this.rapportages = rapportages;
    }

    @GetMapping(path = "/api/v1/rapportages/uren-per-cohort", produces = "application/json")
    @Operation(summary = "Per cohort (jaar van de start van de inburgeringstermijn): aantal inburgeraars, gevolgde "
            + "uren taalles/KNM en afgeronde Z-routes van de eigen gemeente", operationId = "haalUrenPerCohortOp")
    UrenPerCohort urenPerCohort() {
        return new UrenPerCohort(rapportages.urenPerCohort().stream().map(Cohort::van).toList());
    }

    record UrenPerCohort(List<Cohort> cohorten) {
    }

    /** {@code jaar} is null for the persons whose termijn has not started (no fixed PIP yet). */
    record Cohort(Integer jaar, long aantalInburgeraars, BigDecimal gevolgdeUrenTaallesKnm,
            BigDecimal gemiddeldeUrenTaallesKnm, long aantalZroutesAfgerond) {

        static Cohort van(Cohortregel regel) {
            return new Cohort(regel.jaar(), regel.personen(), regel.gevolgdeUrenTaallesKnm(), regel.gemiddeldeUren(),
                    regel.zroutesAfgerond());
        }
    }
}
