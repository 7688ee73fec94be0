package nl.openinburgering.bewijs;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The one application context of the web tests of issue 19 (headers, CSRF, the authorisation matrix, fuzzing):
 * the populated demo of three gemeenten with MockMvc. One annotation, so Spring's test context cache starts it
 * once for all of them.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = "openinburgering.demo.dossiers=true")
@AutoConfigureMockMvc
@interface BewijsContext {}
