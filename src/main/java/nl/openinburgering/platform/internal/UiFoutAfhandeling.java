package nl.openinburgering.platform.internal;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

import nl.openinburgering.platform.Tenant;
import nl.openinburgering.shared.NietGevonden;

/** A UI page asked for a record that does not exist for this user: the ordinary 404 page, nothing more. */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class UiFoutAfhandeling {

    @ExceptionHandler({NietGevonden.class, Tenant.GeenGemeente.class})
    void nietGevonden(HttpServletResponse antwoord) throws IOException {
        antwoord.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
}
