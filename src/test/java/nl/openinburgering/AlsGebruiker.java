package nl.openinburgering;

import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Calls a facade directly as a signed-in member of staff of Dalfsen (0148), for tests that check a bulk read
 * without going through HTTP. MockMvc requests clear the security context after themselves, so it is set
 * around the call only.
 */
public final class AlsGebruiker {

    private AlsGebruiker() {}

    public static <T> T als(String gebruiker, String rol, Supplier<T> werk) {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        gebruiker, null, AuthorityUtils.createAuthorityList("ROLE_" + rol, "GEMEENTE_0148")));
        try {
            return werk.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    public static <T> T consulentVanDalfsen(Supplier<T> werk) {
        return als("consulent.dalfsen", "CONSULENT", werk);
    }
}
