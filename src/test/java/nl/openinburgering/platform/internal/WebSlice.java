package nl.openinburgering.platform.internal;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.openinburgering.inburgeraar.InburgeraarBeheer;
import nl.openinburgering.pip.PipBeheer;
import nl.openinburgering.platform.web.Formulierfouten;
import nl.openinburgering.werkvoorraad.ToewijzingBeheer;

import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;

/**
 * What a {@code @WebMvcTest} of one controller needs besides the controller and its mocked facade: the real
 * security of every non-productie run ({@link DemoBeveiliging} with {@link Toegangsregels}, so a slice checks the
 * same URL rules and CSRF as the application), the one form adapter ({@link Formulierfouten}), and stand-ins for
 * what the layout's {@code @ControllerAdvice}s read: a {@link JdbcClient} that finds no gemeente name
 * ({@code UiModelAdvies}) and the three facades of the person header ({@code PersoonskopAdvies}). No database, no
 * Flyway, no embedded PostgreSQL: the slice starts in about a second.
 *
 * <pre>{@code
 * @WebMvcTest(BoetebeleidController.class)
 * @WebSlice
 * class BoetebeleidControllerTests {
 *     @MockitoBean HandhavingBeheer handhaving;
 * }
 * }</pre>
 *
 * All slices with the same mocked beans share one cached context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Import(WebSlice.Configuratie.class)
public @interface WebSlice {

    @TestConfiguration(proxyBeanMethods = false)
    @Import({DemoBeveiliging.class, Formulierfouten.class})
    class Configuratie {

        /** The gemeente's name in the header: none (the layout then shows only the role). */
        @Bean
        JdbcClient jdbcClient() {
            return mock(JdbcClient.class, RETURNS_DEEP_STUBS);
        }

        @Bean
        InburgeraarBeheer inburgeraarBeheer() {
            return mock(InburgeraarBeheer.class);
        }

        @Bean
        PipBeheer pipBeheer() {
            return mock(PipBeheer.class);
        }

        @Bean
        ToewijzingBeheer toewijzingBeheer() {
            return mock(ToewijzingBeheer.class);
        }
    }
}
