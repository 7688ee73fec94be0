package nl.openinburgering;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** The demo accounts as MockMvc users: the same authorities as a real login gives them. */
public final class UiTestGebruikers {

    private UiTestGebruikers() {}

    public static RequestPostProcessor consulentDalfsen() {
        return user("consulent.dalfsen")
                .authorities(new SimpleGrantedAuthority("ROLE_CONSULENT"), new SimpleGrantedAuthority("GEMEENTE_0148"));
    }

    public static RequestPostProcessor teamleiderDalfsen() {
        return user("teamleider.dalfsen")
                .authorities(
                        new SimpleGrantedAuthority("ROLE_TEAMLEIDER"), new SimpleGrantedAuthority("GEMEENTE_0148"));
    }

    public static RequestPostProcessor beheerderDalfsen() {
        return user("beheer.dalfsen")
                .authorities(
                        new SimpleGrantedAuthority("ROLE_FUNCTIONEEL_BEHEERDER"),
                        new SimpleGrantedAuthority("GEMEENTE_0148"));
    }

    public static RequestPostProcessor consulentStaphorst() {
        return user("consulent.staphorst")
                .authorities(new SimpleGrantedAuthority("ROLE_CONSULENT"), new SimpleGrantedAuthority("GEMEENTE_0180"));
    }
}
