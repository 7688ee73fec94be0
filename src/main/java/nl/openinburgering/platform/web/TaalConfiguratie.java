package nl.openinburgering.platform.web;

import java.time.Duration;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The UI speaks Dutch to staff, whatever language the browser asks for: a Dutch gemeente's
 * colleagues share screens and manuals, and an English browser is no choice of theirs. The switch in the
 * header ({@code ?taal=en} or {@code ?taal=nl}) changes it, and a cookie remembers the choice for a year. Any
 * other language gets Dutch as a whole: without this, a German choice would mix Dutch text with German month
 * names and {@code lang="de"}.
 */
@Configuration(proxyBeanMethods = false)
class TaalConfiguratie implements WebMvcConfigurer {

    static final Locale NEDERLANDS = Locale.of("nl");
    static final String COOKIE = "taal";
    static final String PARAMETER = "taal";
    private static final Set<String> TALEN = Set.of("nl", "en", "ar");

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new BeperkteCookieLocaleResolver();
        resolver.setDefaultLocale(NEDERLANDS);
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry register) {
        LocaleChangeInterceptor wissel = new LocaleChangeInterceptor();
        wissel.setParamName(PARAMETER);
        wissel.setIgnoreInvalidLocale(true);
        register.addInterceptor(wissel);
    }

    /**
     * Only Dutch, English and Arabic (Arabic for the inburgeraar's portal, right to left; ADR 0012); the
     * Accept-Language header is never read. The cookie is HttpOnly and
     * SameSite=Lax, and holds nothing but the language code.
     */
    static final class BeperkteCookieLocaleResolver extends CookieLocaleResolver {

        BeperkteCookieLocaleResolver() {
            super(COOKIE);
            setCookieMaxAge(Duration.ofDays(365));
            setCookieHttpOnly(true);
            setCookieSameSite("Lax");
            setDefaultLocaleFunction(verzoek -> NEDERLANDS);
        }

        @Override
        public Locale resolveLocale(HttpServletRequest verzoek) {
            return toegestaan(super.resolveLocale(verzoek));
        }

        @Override
        public void setLocale(
                HttpServletRequest verzoek, @Nullable HttpServletResponse antwoord, @Nullable Locale taal) {
            super.setLocale(verzoek, antwoord, taal == null ? null : toegestaan(taal));
        }

        private static Locale toegestaan(Locale taal) {
            return TALEN.contains(taal.getLanguage()) ? Locale.of(taal.getLanguage()) : NEDERLANDS;
        }
    }
}
