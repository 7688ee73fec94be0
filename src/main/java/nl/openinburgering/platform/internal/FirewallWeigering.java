package nl.openinburgering.platform.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.HttpStatusRequestRejectedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * What Spring Security's {@code StrictHttpFirewall} refuses before any filter or controller runs (an encoded
 * {@code %} or {@code /}, {@code ..}, a control character in the path): a 400, for an API path as
 * {@code application/problem+json} with a Dutch title and detail (issue 19: every refusal is a problem), without
 * echoing the raw path or value. Other paths get the normal error page. Both profiles (demo and productie).
 */
@Configuration(proxyBeanMethods = false)
class FirewallWeigering {

    private static final Logger LOG = LoggerFactory.getLogger(FirewallWeigering.class);

    @Bean
    RequestRejectedHandler problemBijFirewallWeigering() {
        RequestRejectedHandler pagina = new HttpStatusRequestRejectedHandler();
        return (verzoek, antwoord, fout) -> {
            // Neither the path nor the exception's message is logged: both may hold what the client sent.
            LOG.debug(
                    "Verzoek geweigerd door de firewall: {} op een {}-pad",
                    verzoek.getMethod(),
                    soort(verzoek.getRequestURI()));
            if (isApi(verzoek.getRequestURI())) {
                ApiProblemen.schrijf(
                        antwoord,
                        HttpStatus.BAD_REQUEST,
                        "Ongeldig verzoek",
                        "Het adres of een kopregel van het verzoek bevat tekens die niet zijn toegestaan, zoals een "
                                + "gecodeerde %, een gecodeerde slash, .. of een stuurteken.");
            } else {
                pagina.handle(verzoek, antwoord, fout);
            }
        };
    }

    static boolean isApi(String pad) {
        return pad.startsWith("/api/");
    }

    private static String soort(String pad) {
        return isApi(pad) ? "API" : "ander";
    }
}
