package nl.openinburgering.aanbieder.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import nl.openinburgering.aanbieder.Aanbieder;
import nl.openinburgering.aanbieder.AanbiederRegister;
import nl.openinburgering.aanbieder.Aanbiedersoort;

/** {@code /api/v1/aanbieders}: the providers the user's gemeente contracts (D8). */
@RestController
@RequestMapping(path = "/api/v1/aanbieders", produces = "application/json")
@Tag(name = "aanbieders")
class AanbiederApiController {

    private final AanbiederRegister register;

    AanbiederApiController(AanbiederRegister register) {
        this.register = register;
    }

    @GetMapping
    @Operation(summary = "De aanbieders die de eigen gemeente heeft ingekocht", operationId = "lijstAanbieders")
    Lijst lijst() {
        return new Lijst(
                register.gecontracteerd().stream().map(AanbiederJson::van).toList());
    }

    record Lijst(List<AanbiederJson> resultaten) {}

    record KeurmerkJson(String soort, LocalDate geldigTot) {}

    record AanbiederJson(
            UUID id,
            String naam,
            String kvkNummer,
            List<Aanbiedersoort> soorten,
            @Nullable KeurmerkJson keurmerk,
            boolean taalschakelinstelling) {

        static AanbiederJson van(Aanbieder a) {
            return new AanbiederJson(
                    a.id(),
                    a.naam(),
                    a.kvkNummer(),
                    a.soorten().stream().sorted().toList(),
                    a.keurmerk()
                            .map(k -> new KeurmerkJson(k.soort().name(), k.geldigTot()))
                            .orElse(null),
                    a.taalschakelinstelling());
        }
    }
}
