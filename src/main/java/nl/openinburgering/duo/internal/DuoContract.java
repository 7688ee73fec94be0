package nl.openinburgering.duo.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialects;

import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.StringNode;

/**
 * R10.1: checks a message of the exchange against DUO's own, unedited OpenAPI files in {@code
 * classpath:duo-m2m/<API>/openapi.yml} (ADR 0011): the path, every parameter (path, header, query) and the JSON
 * body of a request; the status, the headers and the body of a response. The files are read with swagger-parser
 * (every {@code $ref} resolved); each schema is then checked with networknt's JSON-schema validator in its
 * OpenAPI 3.0 dialect, with {@code format} asserted. An empty list means the message conforms.
 */
@Component
public class DuoContract {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Map<String, OpenAPI> specificaties = new ConcurrentHashMap<>();
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();
    private final SchemaRegistry register = SchemaRegistry.withDefaultDialect(
            Dialects.getOpenApi30(),
            bouwer -> bouwer.schemaRegistryConfig(SchemaRegistryConfig.builder()
                    .formatAssertionsEnabled(true)
                    .locale(Locale.of("nl"))
                    .build()));

    /** A request: the API (a folder of duo-m2m), the method, the path below the base path, headers, body. */
    public List<String> verzoek(
            String api, String methode, String pad, Map<String, String> kopregels, @Nullable String inhoud) {
        List<String> fouten = new ArrayList<>();
        Optional<Bewerking> bewerking = bewerking(api, methode, pad);
        if (bewerking.isEmpty()) {
            return List.of(methode + " " + pad + " bestaat niet in de " + api + " API");
        }
        Operation operatie = bewerking.get().operatie();
        Function<String, @Nullable String> kop = naam -> kopregel(kopregels, naam);
        for (Parameter parameter : parameters(operatie)) {
            String waarde = switch (parameter.getIn()) {
                case "path" -> bewerking.get().padwaarden().get(parameter.getName());
                case "header" -> kop.apply(parameter.getName());
                default -> null;
            };
            if (waarde == null) {
                if (Boolean.TRUE.equals(parameter.getRequired())) {
                    fouten.add(parameter.getIn() + " " + parameter.getName() + " ontbreekt");
                }
                continue;
            }
            controleer(
                    fouten,
                    parameter.getIn() + " " + parameter.getName(),
                    parameter.getSchema(),
                    new StringNode(waarde));
        }
        if (operatie.getRequestBody() != null) {
            MediaType soort = operatie.getRequestBody().getContent().get("application/json");
            if (inhoud == null || inhoud.isBlank()) {
                if (Boolean.TRUE.equals(operatie.getRequestBody().getRequired())) {
                    fouten.add("body ontbreekt");
                }
            } else if (soort != null) {
                controleerJson(fouten, "body", soort.getSchema(), inhoud);
            }
        } else if (inhoud != null && !inhoud.isBlank()) {
            fouten.add("body is niet toegestaan");
        }
        return fouten;
    }

    /** A response to a request on {@code pad}: its status must be specified, with its headers and body. */
    public List<String> antwoord(
            String api,
            String methode,
            String pad,
            int status,
            Map<String, String> kopregels,
            @Nullable String inhoud) {
        Optional<Bewerking> bewerking = bewerking(api, methode, pad);
        if (bewerking.isEmpty()) {
            return List.of(methode + " " + pad + " bestaat niet in de " + api + " API");
        }
        ApiResponse antwoord = bewerking.get().operatie().getResponses().get(String.valueOf(status));
        if (antwoord == null) {
            return List.of("status " + status + " is niet gespecificeerd voor " + methode + " " + pad);
        }
        List<String> fouten = new ArrayList<>();
        Map<String, Header> kopregelsSpec = antwoord.getHeaders() == null ? Map.of() : antwoord.getHeaders();
        kopregelsSpec.forEach((naam, spec) -> {
            String waarde = kopregel(kopregels, naam);
            if (waarde == null) {
                if (Boolean.TRUE.equals(spec.getRequired())) {
                    fouten.add("header " + naam + " ontbreekt in het antwoord");
                }
            } else {
                controleer(fouten, "header " + naam, spec.getSchema(), new StringNode(waarde));
            }
        });
        MediaType soort =
                antwoord.getContent() == null ? null : antwoord.getContent().get("application/json");
        if (soort != null && inhoud != null && !inhoud.isBlank()) {
            controleerJson(fouten, "body", soort.getSchema(), inhoud);
        } else if (soort == null && inhoud != null && !inhoud.isBlank()) {
            fouten.add("het antwoord " + status + " heeft volgens de specificatie geen body");
        }
        return fouten;
    }

    /** The path template of the operation {@code pad} matches (for logging without a BSN), if any. */
    public Optional<String> sjabloon(String api, String methode, String pad) {
        return bewerking(api, methode, pad).map(Bewerking::sjabloon);
    }

    /** The version in the {@code info} of the API's OpenAPI file, which DUO sends as {@code API-Version}. */
    public String versie(String api) {
        return specificatie(api).getInfo().getVersion();
    }

    private record Bewerking(String sjabloon, Operation operatie, Map<String, String> padwaarden) {}

    private Optional<Bewerking> bewerking(String api, String methode, String pad) {
        for (Map.Entry<String, PathItem> item : specificatie(api).getPaths().entrySet()) {
            Matcher passend = patroon(item.getKey()).matcher(pad);
            if (!passend.matches()) {
                continue;
            }
            Operation operatie = item.getValue()
                    .readOperationsMap()
                    .get(PathItem.HttpMethod.valueOf(methode.toUpperCase(Locale.ROOT)));
            if (operatie == null) {
                return Optional.empty();
            }
            Map<String, String> waarden = new LinkedHashMap<>();
            Matcher namen = Pattern.compile("\\{([^}]+)}").matcher(item.getKey());
            int groep = 1;
            while (namen.find()) {
                waarden.put(namen.group(1), passend.group(groep++));
            }
            return Optional.of(new Bewerking(item.getKey(), operatie, waarden));
        }
        return Optional.empty();
    }

    private static Pattern patroon(String sjabloon) {
        return Pattern.compile(Pattern.quote(sjabloon).replaceAll("\\{[^}]+}", "\\\\E([^/]+)\\\\Q"));
    }

    private static List<Parameter> parameters(Operation operatie) {
        return operatie.getParameters() == null ? List.of() : operatie.getParameters();
    }

    private static @Nullable String kopregel(Map<String, String> kopregels, String naam) {
        return kopregels.entrySet().stream()
                .filter(k -> k.getKey().equalsIgnoreCase(naam))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(null);
    }

    private void controleerJson(
            List<String> fouten, String waar, io.swagger.v3.oas.models.media.@Nullable Schema<?> spec, String inhoud) {
        JsonNode knoop;
        try {
            knoop = JSON.readTree(inhoud);
        } catch (RuntimeException geenJson) {
            fouten.add(waar + " is geen geldige JSON");
            return;
        }
        controleer(fouten, waar, spec, knoop);
    }

    private void controleer(
            List<String> fouten,
            String waar,
            io.swagger.v3.oas.models.media.@Nullable Schema<?> spec,
            JsonNode waarde) {
        if (spec == null) {
            return;
        }
        String schemaJson = Json.pretty(spec);
        Schema schema = schemas.computeIfAbsent(schemaJson, register::getSchema);
        schema.validate(waarde)
                .forEach(fout -> fouten.add(waar + " " + fout.getInstanceLocation() + ": " + fout.getMessage()));
    }

    private OpenAPI specificatie(String api) {
        return specificaties.computeIfAbsent(api, DuoContract::lees);
    }

    private static OpenAPI lees(String api) {
        ParseOptions opties = new ParseOptions();
        opties.setResolve(true);
        opties.setResolveFully(true);
        try (InputStream in = new ClassPathResource("duo-m2m/" + api + "/openapi.yml").getInputStream()) {
            SwaggerParseResult resultaat = new OpenAPIV3Parser()
                    .readContents(new String(in.readAllBytes(), StandardCharsets.UTF_8), null, opties);
            if (resultaat.getOpenAPI() == null) {
                throw new IllegalStateException("De " + api + " API van DUO is onleesbaar: " + resultaat.getMessages());
            }
            return resultaat.getOpenAPI();
        } catch (IOException weg) {
            throw new IllegalStateException("De " + api + " API van DUO ontbreekt", weg);
        }
    }
}
