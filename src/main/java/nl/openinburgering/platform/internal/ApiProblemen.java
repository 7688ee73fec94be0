package nl.openinburgering.platform.internal;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import tools.jackson.databind.json.JsonMapper;

/** problem+json answers for what security refuses before a controller is reached (401, 403, 404). */
final class ApiProblemen {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ApiProblemen() {}

    static AuthenticationEntryPoint nietIngelogd(String challenge) {
        return (verzoek, antwoord, fout) -> {
            antwoord.setHeader("WWW-Authenticate", challenge);
            schrijf(antwoord, HttpStatus.UNAUTHORIZED, "Niet ingelogd", "Log in om deze gegevens te gebruiken.");
        };
    }

    static AccessDeniedHandler geenToegang() {
        return (verzoek, antwoord, fout) ->
                schrijf(antwoord, HttpStatus.FORBIDDEN, "Geen toegang", "Uw rol mag deze handeling niet uitvoeren.");
    }

    /** Also used before the security chain has run, so it sets the security headers itself. */
    static void schrijf(HttpServletResponse antwoord, HttpStatus status, String titel, String detail)
            throws IOException {
        Map<String, Object> probleem = new LinkedHashMap<>();
        probleem.put("type", "about:blank");
        probleem.put("title", titel);
        probleem.put("status", status.value());
        probleem.put("detail", detail);
        antwoord.setStatus(status.value());
        antwoord.setHeader("Content-Security-Policy", Toegangsregels.CSP);
        antwoord.setHeader("X-Content-Type-Options", "nosniff");
        antwoord.setHeader("X-Frame-Options", "DENY");
        antwoord.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        antwoord.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        antwoord.setCharacterEncoding("UTF-8");
        JSON.writeValue(antwoord.getOutputStream(), probleem);
    }
}
