package nl.openinburgering.platform.internal;

import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;

/**
 * The published OpenAPI document ({@code /api/v1/openapi.json}, no login needed) as the NL API Design Rules
 * want it: Dutch texts, the API version as semver, a contact, the licence, the major version in the server
 * URL, both ways to log in, and (through {@link OpenApiNormen}) the {@code API-Version} header and
 * problem+json errors on every operation. CI lints the result with the official ADR ruleset.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguratie {

    static final String BASISPAD = "/api/v1";
    static final String BASIC = "basicAuth";
    static final String BEARER = "bearerAuth";

    @Bean
    OpenAPI openInburgeringApi(
            @Value("${openinburgering.api-versie}") String apiVersie,
            @Value("${openinburgering.api.contact.naam:Open Inburgering}") String contactNaam,
            @Value("${openinburgering.api.contact.email:beheer@open-inburgering.example}") String contactEmail,
            @Value("${openinburgering.api.contact.url:https://open-inburgering.example}") String contactUrl) {
        return new OpenAPI()
                .info(new Info()
                        .title("Open Inburgering API")
                        .description("""
                                De API van Open Inburgering, het open-source zaaksysteem voor de regie op de \
                                inburgering (Wet inburgering 2021). Een gemeente en haar aanbieders wisselen hiermee \
                                gegevens uit over inburgeraars, PIP's, deelnames en uren.

                                Elke gebruiker ziet alleen de gegevens van de eigen gemeente (of, als aanbieder, \
                                van de eigen deelnemers); een gegeven van een andere gemeente bestaat voor hem niet \
                                (404). Een BSN staat nooit in een URL: zoeken op BSN gaat met `POST …/_zoek`. Elk \
                                antwoord heeft de kopregel `API-Version`; fouten zijn `application/problem+json` \
                                (RFC 9457) met `invalidParams` bij ongeldige invoer of een geschonden regel.""")
                        .version(apiVersie)
                        .contact(new Contact()
                                .name(contactNaam)
                                .email(contactEmail)
                                .url(contactUrl))
                        .license(new License().name("EUPL-1.2").identifier("EUPL-1.2")))
                // Relative to the host that serves this document; the paths below it carry no prefix.
                .servers(List.of(new Server().url(BASISPAD).description("Deze installatie, API versie 1")))
                .components(new Components()
                        .addSecuritySchemes(
                                BASIC,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("basic")
                                        .description(
                                                "Alleen in het demoprofiel: de demo-accounts met wachtwoord `demo`."))
                        .addSecuritySchemes(
                                BEARER,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .bearerFormat("JWT")
                                        .description(
                                                "In productie: een OAuth2-toegangstoken (JWT) van de identity provider "
                                                        + "van de gemeente. Rol en gemeente komen uit het token.")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER))
                .addSecurityItem(new SecurityRequirement().addList(BASIC));
    }

    @Bean
    OpenApiNormen openApiNormen() {
        return new OpenApiNormen();
    }
}
