package nl.openinburgering.platform;

import java.util.Optional;
import java.util.UUID;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import nl.openinburgering.shared.Gemeentecode;

/**
 * Reads the current user from the security context. Every login method (demo accounts, OIDC, JWT) maps the
 * account to the same authorities: {@code ROLE_<rol>}, {@code GEMEENTE_<code>} and {@code AANBIEDER_<uuid>},
 * so the rest of the system does not care how someone logged in.
 */
public final class HuidigeGebruiker {

    public static final String GEMEENTE_PREFIX = "GEMEENTE_";
    public static final String AANBIEDER_PREFIX = "AANBIEDER_";

    private HuidigeGebruiker() {}

    public static Optional<Gebruiker> huidige() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            return Optional.empty();
        }
        Rol rol = null;
        Gemeentecode gemeente = null;
        UUID aanbieder = null;
        for (GrantedAuthority granted : authentication.getAuthorities()) {
            String authority = granted.getAuthority();
            if (authority == null) {
                continue;
            }
            if (authority.startsWith("ROLE_")) {
                rol = rolVan(authority.substring(5)).orElse(rol);
            } else if (authority.startsWith(GEMEENTE_PREFIX)) {
                gemeente = new Gemeentecode(authority.substring(GEMEENTE_PREFIX.length()));
            } else if (authority.startsWith(AANBIEDER_PREFIX)) {
                aanbieder = UUID.fromString(authority.substring(AANBIEDER_PREFIX.length()));
            }
        }
        if (rol == null) {
            return Optional.empty();
        }
        return Optional.of(new Gebruiker(
                authentication.getName(), rol, Optional.ofNullable(gemeente), Optional.ofNullable(aanbieder)));
    }

    public static Gebruiker vereist() {
        return huidige().orElseThrow(() -> new IllegalStateException("Geen ingelogde gebruiker"));
    }

    private static Optional<Rol> rolVan(String naam) {
        try {
            return Optional.of(Rol.valueOf(naam));
        } catch (IllegalArgumentException onbekend) {
            return Optional.empty();
        }
    }
}
