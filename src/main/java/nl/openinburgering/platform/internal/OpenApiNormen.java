package nl.openinburgering.platform.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.http.HttpStatus;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;

/**
 * Brings every operation of the generated document in line with the NL API Design Rules and with what the
 * platform really answers, so a controller only documents what is special about it:
 * <ul>
 * <li>paths are relative to the server URL {@code /api/v1} (the major version lives there, once);</li>
 * <li>every response documents the {@code API-Version} header that {@link TraceEnApiVersieFilter} sets;</li>
 * <li>every error response is {@code application/problem+json} with the {@code Probleem} schema that
 * {@link ApiFoutAfhandeling} and {@link ApiProblemen} produce;</li>
 * <li>the errors every operation can give are listed: 400 when it takes input, 401, 403, 404 when it
 * addresses a resource by id, 409 when it creates or replaces, 415 when it takes a body, and 500.</li>
 * </ul>
 * A response that a controller documented itself (its description differs from springdoc's generic one
 * taken from the exception handlers) is kept as it is, apart from its content type.
 */
class OpenApiNormen implements OpenApiCustomizer {

    static final String VERSIEKOP = "API-Version";
    static final String PROBLEEM = "Probleem";
    static final String ONGELDIGE_PARAMETER = "OngeldigeParameter";
    static final String PROBLEEM_JSON = "application/problem+json";
    /** springdoc's schema for the {@code ProblemDetail} that the exception handlers return; replaced. */
    private static final String SPRING_PROBLEEM = "ProblemDetail";

    private static final Set<String> STANDAARDFOUTEN = Set.of("400", "401", "403", "404", "405", "409", "415", "500");

    @Override
    public void customise(OpenAPI api) {
        if (api.getComponents() == null) {
            api.setComponents(new Components());
        }
        api.getComponents()
                .addHeaders(
                        VERSIEKOP,
                        new Header()
                                .description("De volledige versie (semver) van de API die dit antwoord gaf.")
                                .schema(tekst().example("1.0.0")))
                .addSchemas(ONGELDIGE_PARAMETER, ongeldigeParameter())
                .addSchemas(PROBLEEM, probleem());
        if (api.getPaths() == null) {
            return;
        }
        api.setPaths(zonderBasispad(api.getPaths()));
        api.getPaths()
                .forEach((pad, item) ->
                        item.readOperationsMap().forEach((methode, operatie) -> normaliseer(pad, methode, operatie)));
        if (api.getComponents().getSchemas() != null && !verwijstNaar(api, SPRING_PROBLEEM)) {
            api.getComponents().getSchemas().remove(SPRING_PROBLEEM);
        }
    }

    private static Paths zonderBasispad(Paths paden) {
        Paths relatief = new Paths();
        paden.forEach((pad, item) -> relatief.addPathItem(
                pad.startsWith(OpenApiConfiguratie.BASISPAD + "/")
                        ? pad.substring(OpenApiConfiguratie.BASISPAD.length())
                        : pad,
                item));
        return relatief;
    }

    private static void normaliseer(String pad, PathItem.HttpMethod methode, Operation operatie) {
        ApiResponses antwoorden = operatie.getResponses() == null ? new ApiResponses() : operatie.getResponses();
        Map<String, ApiResponse> eigen = new LinkedHashMap<>();
        antwoorden.forEach((code, antwoord) -> {
            if (!STANDAARDFOUTEN.contains(code) || !isGeneriek(code, antwoord)) {
                eigen.put(code, antwoord);
            }
        });
        ApiResponses genormaliseerd = new ApiResponses();
        eigen.forEach(genormaliseerd::addApiResponse);
        verwachteFouten(pad, methode, operatie).forEach(code -> {
            if (!genormaliseerd.containsKey(code)) {
                genormaliseerd.addApiResponse(code, new ApiResponse().description(omschrijving(code)));
            }
        });
        genormaliseerd.forEach((code, antwoord) -> {
            antwoord.addHeaderObject(VERSIEKOP, new Header().$ref("#/components/headers/" + VERSIEKOP));
            if (code.startsWith("4") || code.startsWith("5")) {
                antwoord.setContent(new Content()
                        .addMediaType(
                                PROBLEEM_JSON,
                                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEEM))));
            }
        });
        operatie.setResponses(sorteer(genormaliseerd));
    }

    /** springdoc copies the exception handlers' answers with the status's reason phrase as description. */
    private static boolean isGeneriek(String code, ApiResponse antwoord) {
        HttpStatus status = HttpStatus.resolve(Integer.parseInt(code));
        return antwoord.getDescription() == null
                || status == null
                || antwoord.getDescription().equalsIgnoreCase(status.getReasonPhrase())
                || antwoord.getDescription().equals(omschrijving(code));
    }

    private static List<String> verwachteFouten(String pad, PathItem.HttpMethod methode, Operation operatie) {
        boolean heeftBody = operatie.getRequestBody() != null;
        boolean heeftParameters =
                operatie.getParameters() != null && !operatie.getParameters().isEmpty();
        boolean maaktOfVervangt = methode == PathItem.HttpMethod.PUT
                || methode == PathItem.HttpMethod.PATCH
                || (methode == PathItem.HttpMethod.POST
                        && operatie.getResponses() != null
                        && operatie.getResponses().containsKey("201"));
        var codes = new java.util.ArrayList<String>();
        if (heeftBody || heeftParameters) {
            codes.add("400");
        }
        codes.add("401");
        codes.add("403");
        if (pad.contains("{")) {
            codes.add("404");
        }
        if (maaktOfVervangt) {
            codes.add("409");
        }
        if (heeftBody) {
            codes.add("415");
        }
        codes.add("500");
        return codes;
    }

    private static ApiResponses sorteer(ApiResponses antwoorden) {
        ApiResponses gesorteerd = new ApiResponses();
        antwoorden.keySet().stream().sorted().forEach(code -> gesorteerd.addApiResponse(code, antwoorden.get(code)));
        return gesorteerd;
    }

    static String omschrijving(String code) {
        return switch (code) {
            case "400" -> "Ongeldige invoer of een geschonden regel; zie `invalidParams` (met de regel-ID als `code`).";
            case "401" -> "Niet ingelogd.";
            case "403" -> "Ingelogd, maar de rol mag dit niet.";
            case "404" -> "Bestaat niet, of hoort bij een andere gemeente of aanbieder.";
            case "409" -> "Conflict met de huidige toestand (al bestaand, verouderde versie, al vastgesteld).";
            case "415" -> "Mediatype niet ondersteund; stuur application/json.";
            case "500" -> "Interne fout; meld het met het trace-id.";
            default -> "Fout.";
        };
    }

    private static boolean verwijstNaar(OpenAPI api, String schema) {
        String ref = "\"#/components/schemas/" + schema + "\"";
        return io.swagger.v3.core.util.Json31.pretty(api).contains(ref);
    }

    private static Schema<Object> probleem() {
        return object("Een fout volgens RFC 9457 (problem details).")
                .addProperty(
                        "type",
                        tekst().format("uri").description("Soort fout; `about:blank` als de status zegt wat er is."))
                .addProperty("title", tekst().description("Korte omschrijving van de soort fout, in het Nederlands."))
                .addProperty("status", soort("integer").format("int32").description("De HTTP-status."))
                .addProperty("detail", tekst().description("Uitleg voor deze keer, in het Nederlands."))
                .addProperty("instance", tekst().format("uri").description("Het verzoek waar het om gaat."))
                .addProperty(
                        "code",
                        tekst().description("Bij 409: een foutcode, zoals `bsn.bestaat` of `versie.verouderd`."))
                .addProperty(
                        "invalidParams",
                        soort("array")
                                .items(new Schema<>().$ref("#/components/schemas/" + ONGELDIGE_PARAMETER))
                                .description("Bij 400: één regel per ongeldig veld."))
                .required(List.of("type", "title", "status", "detail"));
    }

    private static Schema<Object> ongeldigeParameter() {
        return object("Eén ongeldig veld of één geschonden regel.")
                .addProperty("name", tekst().description("Het veld, zoals `bsn` of `regels[3].uren`."))
                .addProperty(
                        "code",
                        tekst().description(
                                        "De regel-ID uit rules.md (zoals `R3.13`) of een foutcode (zoals `bsn.elfproef`)."))
                .addProperty("reason", tekst().description("De reden, in het Nederlands, geschikt om te tonen."))
                .required(List.of("name", "code", "reason"));
    }

    private static Schema<Object> object(String omschrijving) {
        return soort("object").description(omschrijving);
    }

    private static Schema<Object> tekst() {
        return soort("string");
    }

    /** Sets the type both ways, so it survives serialisation as OpenAPI 3.0 and as 3.1. */
    private static Schema<Object> soort(String type) {
        Schema<Object> schema = new Schema<>();
        schema.setType(type);
        schema.setTypes(new java.util.LinkedHashSet<>(List.of(type)));
        return schema;
    }
}
