package nl.openinburgering.demo;

import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The demo loaders call the facades as the demo accounts would, so every role check and rule applies; the
 * security context is set for one call only. The accounts are those of {@code db/demo}.
 */
final class DemoGebruiker {

    private DemoGebruiker() {}

    /** As the gemeente's demo consulent. */
    static <T> T alsConsulent(Demogemeente gemeente, Supplier<T> werk) {
        return als(gemeente.consulent(), werk, "ROLE_CONSULENT", gemeente.gemeenteAutoriteit());
    }

    /** Runs the work as a demo account in a fresh security context, always cleared afterwards. */
    static <T> T als(String gebruiker, Supplier<T> werk, String... autoriteiten) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                gebruiker, null, AuthorityUtils.createAuthorityList(autoriteiten)));
        SecurityContextHolder.setContext(context);
        try {
            return werk.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
