package nl.openinburgering.platform.internal;

import java.time.Duration;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.EncodedResourceResolver;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * Style sheets and scripts: the URL carries a hash of the content ({@code app-3f2a….css}, written into every
 * page by the {@code ResourceUrlEncodingFilter} that {@code spring.web.resources.chain} switches on), so a
 * browser may keep a file for a year without asking again: a changed file gets a new URL. Tomcat compresses
 * them ({@code server.compression}); a pre-compressed {@code .gz} beside a file is sent as it is. The HTML pages
 * keep Spring Security's {@code no-store}: they hold personal data.
 */
@Configuration(proxyBeanMethods = false)
class StatischeBestandenConfiguratie implements WebMvcConfigurer {

    static final String[] MAPPEN = {"css", "js", "vendor"};

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry register) {
        for (String map : MAPPEN) {
            register.addResourceHandler("/" + map + "/**")
                    .addResourceLocations("classpath:/static/" + map + "/")
                    .setCacheControl(CacheControl.maxAge(Duration.ofDays(365))
                            .cachePublic()
                            .immutable())
                    .resourceChain(true)
                    .addResolver(new EncodedResourceResolver())
                    .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
        }
    }
}
