package nl.openinburgering.platform.web;

import java.util.List;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/**
 * The UI speaks Dutch, or English to a browser that asks for it. Any other language gets Dutch as a whole:
 * without this, a German browser would get Dutch text with German month names and {@code lang="de"}.
 */
@Configuration(proxyBeanMethods = false)
class TaalConfiguratie {

    static final Locale NEDERLANDS = Locale.of("nl");

    @Bean
    LocaleResolver localeResolver() {
        AcceptHeaderLocaleResolver resolver = new AcceptHeaderLocaleResolver();
        resolver.setSupportedLocales(List.of(NEDERLANDS, Locale.ENGLISH));
        resolver.setDefaultLocale(NEDERLANDS);
        return resolver;
    }
}
