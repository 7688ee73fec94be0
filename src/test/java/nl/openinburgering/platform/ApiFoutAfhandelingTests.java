package nl.openinburgering.platform;

import java.lang.reflect.Method;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

import nl.openinburgering.platform.web.Formulierfouten;

import static org.assertj.core.api.Assertions.assertThat;

class ApiFoutAfhandelingTests {

    @Test
    @SuppressWarnings("unchecked")
    void anUnexpectedErrorIsAnsweredWithoutItsMessageOrStackTrace() throws Exception {
        Class<?> afhandeling = Class.forName("nl.openinburgering.platform.internal.ApiFoutAfhandeling");
        var constructor = afhandeling.getDeclaredConstructor(Formulierfouten.class);
        constructor.setAccessible(true);
        Method onverwacht = afhandeling.getDeclaredMethod("onverwacht", Exception.class);
        onverwacht.setAccessible(true);

        ResponseEntity<ProblemDetail> antwoord = (ResponseEntity<ProblemDetail>) onverwacht.invoke(
                constructor.newInstance(new Formulierfouten(new StaticMessageSource())),
                new IllegalStateException("geheime SQL: select * from inburgeraar"));

        assertThat(antwoord.getStatusCode().value()).isEqualTo(500);
        assertThat(antwoord.getBody().getDetail()).doesNotContain("geheime", "select", "Exception");
        assertThat(antwoord.getBody().getProperties()).isNullOrEmpty();
    }
}
