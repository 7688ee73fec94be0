package nl.openinburgering.begroting.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import nl.openinburgering.begroting.BegrotingBeheer;
import nl.openinburgering.begroting.Budgetrealisatie;
import nl.openinburgering.begroting.Kostencomponent;
import nl.openinburgering.begroting.Kostencomponent.Budgetbron;
import nl.openinburgering.begroting.Spukraming;
import nl.openinburgering.shared.OngeldigeInvoer;
import nl.openinburgering.shared.Veldfout;

/**
 * {@code /api/v1/begroting}: the SPUK estimate of the own gemeente (D6) and the budget realisation of a period, for
 * the beleidsmedewerker. Amounts are decimal strings in euros ("134960.00"); an invalid period is problem+json 400.
 */
@RestController
@RequestMapping(path = "/api/v1/begroting", produces = "application/json")
@Tag(name = "begroting")
class BegrotingApiController {

    private final BegrotingBeheer begroting;

    BegrotingApiController(BegrotingBeheer begroting) {
        this.begroting = begroting;
    }

    @GetMapping("/spuk-raming")
    @Operation(summary = "De inschatting van de SPUK-uitkering per jaar (figuur 1.1)", operationId = "spukRaming")
    RamingJson raming() {
        Spukraming r = begroting.rekentool().raming();
        return new RamingJson(
                r.jaren(),
                r.cohorten().stream()
                        .map(c -> new CohortJson(
                                c.huisvestingsjaar(),
                                c.statushouders().toPlainString(),
                                c.bedragen().stream()
                                        .map(b -> b.map(BegrotingApiController::euro)
                                                .orElse(null))
                                        .toList()))
                        .toList(),
                r.gezinsmigranten().stream().map(BegrotingApiController::euro).toList(),
                r.totalen().stream().map(BegrotingApiController::euro).toList());
    }

    @GetMapping("/realisatie")
    @Operation(summary = "De budgetrealisatie van een periode (einddatum exclusief)", operationId = "budgetrealisatie")
    RealisatieJson realisatie(
            @RequestParam(name = "startdatum", required = false) @Nullable String startdatum,
            @RequestParam(name = "einddatum", required = false) @Nullable String einddatum) {
        Budgetrealisatie r = begroting.realisatie(datum(startdatum, "startdatum"), datum(einddatum, "einddatum"));
        return new RealisatieJson(
                r.periode().vanaf(),
                r.periode().tot(),
                r.periode().peildatum(),
                r.regels().stream()
                        .map(k -> new RegelJson(
                                k.component(),
                                k.component().bron(),
                                k.omschrijving(),
                                k.aantal(),
                                euro(k.verplichtCenten()),
                                euro(k.besteedCenten()),
                                euro(k.prognoseCenten()),
                                k.opmerking().orElse(null)))
                        .toList(),
                List.of(budget(r, Budgetbron.SPUK), budget(r, Budgetbron.UITVOERINGSBUDGET)));
    }

    record RamingJson(
            List<Integer> jaren, List<CohortJson> cohorten, List<String> gezinsmigranten, List<String> totalen) {}

    record CohortJson(int huisvestingsjaar, String statushouders, List<@Nullable String> bedragen) {}

    record RealisatieJson(
            LocalDate startdatum,
            LocalDate einddatum,
            LocalDate peildatum,
            List<RegelJson> regels,
            List<BudgetJson> budgetten) {}

    record RegelJson(
            Kostencomponent component,
            Budgetbron bron,
            String omschrijving,
            long aantal,
            String verplicht,
            String besteed,
            String prognose,
            @Nullable String opmerking) {}

    record BudgetJson(
            Budgetbron bron, String budget, String verplicht, String besteed, String prognose, String saldo) {}

    private static BudgetJson budget(Budgetrealisatie r, Budgetbron bron) {
        return new BudgetJson(
                bron,
                euro(r.budget(bron)),
                euro(r.verplicht(bron)),
                euro(r.besteed(bron)),
                euro(r.prognose(bron)),
                euro(r.saldo(bron)));
    }

    private static String euro(long centen) {
        return BigDecimal.valueOf(centen).movePointLeft(2).toPlainString();
    }

    private static LocalDate datum(@Nullable String tekst, String veld) {
        try {
            if (tekst == null || tekst.isBlank()) {
                throw new OngeldigeInvoer(new Veldfout(veld, "verplicht", "Vul de " + veld + " in als JJJJ-MM-DD."));
            }
            return LocalDate.parse(tekst.strip());
        } catch (java.time.format.DateTimeParseException onleesbaar) {
            throw new OngeldigeInvoer(new Veldfout(veld, "datum.ongeldig", "Vul een geldige datum in als JJJJ-MM-DD."));
        }
    }
}
