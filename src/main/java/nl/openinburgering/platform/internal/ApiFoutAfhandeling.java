package nl.openinburgering.platform.internal;

import java.net.URI;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import nl.openinburgering.platform.Tenant;
import nl.openinburgering.platform.web.Formulierfouten;
import nl.openinburgering.shared.Conflict;
import nl.openinburgering.shared.NietGevonden;
import nl.openinburgering.shared.NietToegestaan;
import nl.openinburgering.shared.OngeldigeInvoer;
import nl.openinburgering.shared.Veldfout;

/**
 * Turns what goes wrong in an API controller into {@code application/problem+json} (RFC 9457) with Dutch
 * text and, for bad input or a broken rule, {@code invalidParams} with the field, the code (a rule ID or an
 * error code) and the reason. An unexpected error is logged with its trace id and answered without details.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiFoutAfhandeling {

    private static final Logger LOG = LoggerFactory.getLogger(ApiFoutAfhandeling.class);

    private final Formulierfouten formulierfouten;

    ApiFoutAfhandeling(Formulierfouten formulierfouten) {
        this.formulierfouten = formulierfouten;
    }

    @ExceptionHandler(OngeldigeInvoer.class)
    ResponseEntity<ProblemDetail> ongeldig(OngeldigeInvoer fout) {
        return ongeldig(fout.fouten());
    }

    @ExceptionHandler({NietGevonden.class, Tenant.GeenGemeente.class})
    ResponseEntity<ProblemDetail> nietGevonden() {
        return probleem(
                HttpStatus.NOT_FOUND, "Niet gevonden", "Dit gegeven bestaat niet of u heeft er geen toegang toe.");
    }

    @ExceptionHandler(Conflict.class)
    ResponseEntity<ProblemDetail> conflict(Conflict fout) {
        ProblemDetail probleem = probleemDetail(HttpStatus.CONFLICT, "Conflict", fout.getMessage());
        probleem.setProperty("code", fout.code());
        return antwoord(HttpStatus.CONFLICT, probleem);
    }

    @ExceptionHandler(NietToegestaan.class)
    ResponseEntity<ProblemDetail> nietToegestaan(NietToegestaan fout) {
        return probleem(HttpStatus.FORBIDDEN, "Niet toegestaan", fout.getMessage());
    }

    /** A check in the database caught what the domain did not: still the client's input, never a 500. */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<ProblemDetail> inStrijdMetDatabase(DataIntegrityViolationException fout) {
        LOG.warn(
                "Invoer geweigerd door een controle in de database: {}",
                fout.getMostSpecificCause().getMessage());
        return probleem(
                HttpStatus.BAD_REQUEST,
                "Ongeldige invoer",
                "Een of meer waarden vallen buiten wat is toegestaan. Controleer de invoer.");
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> onleesbaar() {
        return ongeldig(List.of(new Veldfout(
                "body",
                "body.onleesbaar",
                "De inhoud van het verzoek is geen geldige JSON of bevat een onbekende waarde of een datum die niet "
                        + "de vorm JJJJ-MM-DD heeft.")));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> verkeerdType(MethodArgumentTypeMismatchException fout) {
        return ongeldig(
                List.of(new Veldfout(fout.getName(), "waarde.ongeldig", "Deze waarde heeft niet de juiste vorm.")));
    }

    /** A value that cannot be converted to its type outside a method argument (a form field, a bound record). */
    @ExceptionHandler(TypeMismatchException.class)
    ResponseEntity<ProblemDetail> verkeerdType(TypeMismatchException fout) {
        String veld = fout.getPropertyName() == null ? "parameter" : fout.getPropertyName();
        return ongeldig(List.of(new Veldfout(veld, "waarde.ongeldig", "Deze waarde heeft niet de juiste vorm.")));
    }

    /** A required query parameter that is absent: the client's mistake (400), not ours (issue 19). */
    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ProblemDetail> parameterOntbreekt(MissingServletRequestParameterException fout) {
        return ongeldig(List.of(new Veldfout(fout.getParameterName(), "verplicht", "Deze parameter is verplicht.")));
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ResponseEntity<ProblemDetail> deelOntbreekt(MissingServletRequestPartException fout) {
        return ongeldig(List.of(new Veldfout(fout.getRequestPartName(), "verplicht", "Dit bestand is verplicht.")));
    }

    @ExceptionHandler(MissingRequestHeaderException.class)
    ResponseEntity<ProblemDetail> kopregelOntbreekt(MissingRequestHeaderException fout) {
        return ongeldig(List.of(new Veldfout(fout.getHeaderName(), "verplicht", "Deze kopregel is verplicht.")));
    }

    /** Any other request that cannot be bound (a missing cookie, path variable or session attribute). */
    @ExceptionHandler(ServletRequestBindingException.class)
    ResponseEntity<ProblemDetail> nietTeBinden() {
        return ongeldig(List.of(new Veldfout(
                "verzoek",
                "verzoek.onvolledig",
                "Het verzoek mist een verplicht onderdeel of heeft niet de juiste vorm.")));
    }

    /** Bean validation on a body ({@code @Valid}) or on method parameters: one entry per refused field. */
    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ProblemDetail> nietGeldig(MethodArgumentNotValidException fout) {
        return ongeldig(fout.getBindingResult().getFieldErrors().stream()
                .map(veld -> new Veldfout(veld.getField(), "waarde.ongeldig", "Deze waarde is niet toegestaan."))
                .toList());
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<ProblemDetail> nietGeldig(HandlerMethodValidationException fout) {
        return ongeldig(fout.getParameterValidationResults().stream()
                .map(r -> new Veldfout(
                        r.getMethodParameter().getParameterName() == null
                                ? "parameter"
                                : r.getMethodParameter().getParameterName(),
                        "waarde.ongeldig",
                        "Deze waarde is niet toegestaan."))
                .toList());
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> teGroot() {
        return probleem(
                HttpStatus.CONTENT_TOO_LARGE,
                "Verzoek te groot",
                "Het verzoek of het bestand is groter dan is toegestaan (10 MB).");
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> geenMultipart() {
        return ongeldig(List.of(new Veldfout(
                "bestand", "bestand.onleesbaar", "Het verzoek is geen geldig multipart/form-data-bericht.")));
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<ProblemDetail> nietAanvaardbaar() {
        return probleem(
                HttpStatus.NOT_ACCEPTABLE,
                "Niet aanvaardbaar",
                "Dit antwoord kan niet worden gegeven in het gevraagde formaat (Accept).");
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ProblemDetail> geenBron() {
        return nietGevonden();
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> methode(HttpRequestMethodNotSupportedException fout) {
        return probleem(
                HttpStatus.METHOD_NOT_ALLOWED,
                "Methode niet toegestaan",
                "De methode " + fout.getMethod() + " is hier niet toegestaan.");
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> mediatype() {
        return probleem(
                HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "Mediatype niet ondersteund",
                "Stuur de gegevens als application/json.");
    }

    /**
     * A header value that Spring Security's firewall refuses when the controller reads it (a control character,
     * {@code \uFFFF}): the client's input, a 400 with the header's name (when it is a plain token) and never the
     * value (issue 19, point 3).
     */
    @ExceptionHandler(RequestRejectedException.class)
    ResponseEntity<ProblemDetail> geweigerd(RequestRejectedException fout) {
        Matcher kop = GEWEIGERDE_KOPREGEL.matcher(String.valueOf(fout.getMessage()));
        return ongeldig(List.of(new Veldfout(
                kop.find() ? kop.group(1) : "verzoek",
                "kopregel.ongeldig",
                "Deze kopregel bevat tekens die niet zijn toegestaan.")));
    }

    private static final Pattern GEWEIGERDE_KOPREGEL = Pattern.compile("header: \"([A-Za-z0-9-]{1,64}) ?\"");

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> onverwacht(Exception fout) {
        LOG.error("Onverwachte fout in de API", fout);
        return probleem(
                HttpStatus.INTERNAL_SERVER_ERROR,
                "Interne fout",
                "Er ging iets mis aan onze kant. Probeer het later opnieuw; meld het met het trace-id als het blijft gebeuren.");
    }

    /** The same mapping as the forms' messages, so a rule reads the same on the screen and in the API. */
    private ResponseEntity<ProblemDetail> ongeldig(List<Veldfout> fouten) {
        ProblemDetail probleem = probleemDetail(
                HttpStatus.BAD_REQUEST, "Ongeldige invoer", "Het verzoek bevat een of meer fouten; zie invalidParams.");
        probleem.setProperty("invalidParams", formulierfouten.invalidParams(fouten));
        return antwoord(HttpStatus.BAD_REQUEST, probleem);
    }

    /** The detail is optional in RFC 9457: an exception without a message gives a problem without one. */
    static ResponseEntity<ProblemDetail> probleem(HttpStatus status, String titel, @Nullable String detail) {
        return antwoord(status, probleemDetail(status, titel, detail));
    }

    private static ProblemDetail probleemDetail(HttpStatus status, String titel, @Nullable String detail) {
        ProblemDetail probleem = ProblemDetail.forStatusAndDetail(status, detail);
        probleem.setTitle(titel);
        probleem.setType(URI.create("about:blank"));
        return probleem;
    }

    private static ResponseEntity<ProblemDetail> antwoord(HttpStatus status, ProblemDetail probleem) {
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(probleem);
    }
}
