package nl.openinburgering.platform.internal;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Whatever no controller answered (an unknown URL, a wrong method, an error in a filter, a UI page that
 * raised "not found") ends here: problem+json for the API, a Dutch error page for the UI. Never a stack trace.
 */
@Controller
class FoutController implements ErrorController {

    @RequestMapping("/error")
    /** Null under {@code /api/}: the problem+json is written to the response already. */
    @Nullable
    ModelAndView fout(HttpServletRequest verzoek, HttpServletResponse antwoord) throws IOException {
        HttpStatus status = status(verzoek);
        String pad = (String) verzoek.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (pad != null && pad.startsWith("/api/")) {
            ApiProblemen.schrijf(antwoord, status, titel(status), omschrijving(status));
            return null;
        }
        antwoord.setStatus(status.value());
        return new ModelAndView(
                "fout",
                Map.of("status", status.value(), "titel", titel(status), "omschrijving", omschrijving(status)),
                status);
    }

    private static HttpStatus status(HttpServletRequest verzoek) {
        Object code = verzoek.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer getal ? HttpStatus.resolve(getal) : null;
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }

    static String titel(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "Niet gevonden";
            case FORBIDDEN -> "Geen toegang";
            case UNAUTHORIZED -> "Niet ingelogd";
            case METHOD_NOT_ALLOWED -> "Methode niet toegestaan";
            case BAD_REQUEST -> "Ongeldig verzoek";
            default -> status.is4xxClientError() ? "Ongeldig verzoek" : "Interne fout";
        };
    }

    static String omschrijving(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "Deze pagina of dit gegeven bestaat niet, of u heeft er geen toegang toe.";
            case FORBIDDEN -> "Uw rol mag deze handeling niet uitvoeren.";
            case UNAUTHORIZED -> "Log in om verder te gaan.";
            case METHOD_NOT_ALLOWED -> "Deze handeling is hier niet toegestaan.";
            default ->
                status.is4xxClientError()
                        ? "Het verzoek kon niet worden verwerkt."
                        : "Er ging iets mis aan onze kant. Probeer het later opnieuw.";
        };
    }
}
