package nl.openinburgering.platform.internal;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Runs before security so that every response, errors included, carries the {@code API-Version} header
 * (NL API Design Rules) and every request has a W3C trace id, taken from an incoming {@code traceparent}
 * or made anew. The processing log and the application log both carry that id. An API path with a trailing
 * slash is answered 404 here, before security could answer 401 or 403 for a URL that does not exist.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class TraceEnApiVersieFilter extends OncePerRequestFilter {

    private static final Pattern TRACEPARENT = Pattern.compile("^00-([0-9a-f]{32})-[0-9a-f]{16}-[0-9a-f]{2}$");

    private final String apiVersie;

    TraceEnApiVersieFilter(@Value("${openinburgering.api-versie}") String apiVersie) {
        this.apiVersie = apiVersie;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest verzoek, HttpServletResponse antwoord, FilterChain keten)
            throws ServletException, IOException {
        String traceId = traceIdVan(verzoek.getHeader("traceparent"));
        MDC.put("traceId", traceId);
        antwoord.setHeader("API-Version", apiVersie);
        try {
            if (isApiPadMetSlotSlash(verzoek.getRequestURI())) {
                // NL API Design Rules: a trailing slash is another resource, and it does not exist. Security has
                // not run yet, so its HSTS header is set here (only over HTTPS, as the security chain does).
                if (verzoek.isSecure()) {
                    antwoord.setHeader("Strict-Transport-Security", "max-age=31536000 ; includeSubDomains");
                }
                ApiProblemen.schrijf(
                        antwoord,
                        HttpStatus.NOT_FOUND,
                        "Niet gevonden",
                        "Dit adres bestaat niet. Laat de slash aan het einde weg.");
                return;
            }
            keten.doFilter(verzoek, antwoord);
        } finally {
            MDC.remove("traceId");
        }
    }

    static boolean isApiPadMetSlotSlash(String pad) {
        return pad.startsWith("/api/") && pad.endsWith("/");
    }

    private static String traceIdVan(String traceparent) {
        if (traceparent != null) {
            Matcher match = TRACEPARENT.matcher(traceparent.strip());
            if (match.matches() && !match.group(1).equals("0".repeat(32))) {
                return match.group(1);
            }
        }
        return UUID.randomUUID().toString().replace("-", "");
    }
}
