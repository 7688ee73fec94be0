package nl.openinburgering.platform.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import nl.openinburgering.platform.HuidigeGebruiker;
import nl.openinburgering.platform.Rol;
import nl.openinburgering.shared.Gemeentecode;

/**
 * Turns the claims of a token from the gemeente's identity provider into the authorities every login method
 * shares ({@code ROLE_<rol>}, {@code GEMEENTE_<code>}, {@code AANBIEDER_<uuid>}), so that
 * {@link HuidigeGebruiker} works the same for OIDC and JWT users as for demo accounts. The claim names
 * differ per identity provider, hence settings; a name with dots ({@code realm_access.roles}) walks into
 * nested claims, as Keycloak puts its roles there.
 */
final class ProductieClaims {

    private final Namen namen;

    ProductieClaims(Namen namen) {
        this.namen = namen;
    }

    /**
     * One role only: the domain works with a single {@code Rol} per user, so the first known role in the
     * claim wins and unknown roles (the identity provider's own, such as {@code offline_access}) are ignored.
     * A gemeente or provider claim that is present but malformed refuses the token: guessing a tenant is
     * worse than refusing one.
     */
    List<GrantedAuthority> rechten(Map<String, Object> claims) {
        List<GrantedAuthority> rechten = new ArrayList<>();
        rol(claims).ifPresent(rol -> rechten.add(new SimpleGrantedAuthority(rol.authority())));
        gemeente(claims)
                .ifPresent(code ->
                        rechten.add(new SimpleGrantedAuthority(HuidigeGebruiker.GEMEENTE_PREFIX + code.waarde())));
        aanbieder(claims)
                .ifPresent(id -> rechten.add(new SimpleGrantedAuthority(HuidigeGebruiker.AANBIEDER_PREFIX + id)));
        return rechten;
    }

    /** The name the processing log records: the configured claim, else the subject. */
    String gebruikersnaamClaim(Map<String, Object> claims) {
        return waarde(claims, namen.gebruikersnaam()) instanceof String naam && !naam.isBlank()
                ? namen.gebruikersnaam()
                : "sub";
    }

    String gebruikersnaam(Map<String, Object> claims) {
        return String.valueOf(waarde(claims, gebruikersnaamClaim(claims)));
    }

    private Optional<Rol> rol(Map<String, Object> claims) {
        for (Object waarde : alsLijst(waarde(claims, namen.rol()))) {
            String naam = String.valueOf(waarde)
                    .strip()
                    .toUpperCase(Locale.ROOT)
                    .replace('-', '_')
                    .replace(' ', '_');
            naam = naam.startsWith("ROLE_") ? naam.substring(5) : naam;
            for (Rol rol : Rol.values()) {
                if (rol.name().equals(naam)) {
                    return Optional.of(rol);
                }
            }
        }
        return Optional.empty();
    }

    private Optional<Gemeentecode> gemeente(Map<String, Object> claims) {
        return enkel(claims, namen.gemeente()).map(waarde -> {
            String code = waarde instanceof Number getal
                    ? "%04d".formatted(getal.intValue())
                    : String.valueOf(waarde).strip();
            try {
                return new Gemeentecode(code);
            } catch (IllegalArgumentException fout) {
                throw new OngeldigeClaim(namen.gemeente(), "geen gemeentecode van 4 cijfers");
            }
        });
    }

    private Optional<UUID> aanbieder(Map<String, Object> claims) {
        return enkel(claims, namen.aanbieder()).map(waarde -> {
            try {
                return UUID.fromString(String.valueOf(waarde).strip());
            } catch (IllegalArgumentException fout) {
                throw new OngeldigeClaim(namen.aanbieder(), "geen UUID");
            }
        });
    }

    /** A user acts for exactly one gemeente or provider; a list of several is ambiguous and refused. */
    private static Optional<Object> enkel(Map<String, Object> claims, String naam) {
        List<Object> waarden = alsLijst(waarde(claims, naam));
        if (waarden.size() > 1) {
            throw new OngeldigeClaim(naam, "meer dan één waarde");
        }
        return waarden.stream().findFirst();
    }

    static @Nullable Object waarde(Map<String, Object> claims, @Nullable String naam) {
        if (naam == null || naam.isBlank()) {
            return null;
        }
        if (claims.containsKey(naam)) {
            return claims.get(naam);
        }
        Object huidig = claims;
        for (String deel : naam.split("\\.")) {
            if (!(huidig instanceof Map<?, ?> map)) {
                return null;
            }
            huidig = map.get(deel);
        }
        return huidig;
    }

    private static List<Object> alsLijst(@Nullable Object waarde) {
        if (waarde == null) {
            return List.of();
        }
        if (waarde instanceof Collection<?> lijst) {
            return lijst.stream()
                    .filter(element ->
                            element != null && !String.valueOf(element).isBlank())
                    .map(Object.class::cast)
                    .toList();
        }
        if (waarde instanceof String tekst) {
            // Some providers send several roles as one space- or comma-separated string, like "scope".
            return Arrays.stream(tekst.strip().split("[\\s,]+"))
                    .filter(deel -> !deel.isBlank())
                    .map(Object.class::cast)
                    .toList();
        }
        return List.of(waarde);
    }

    /** The names of the claims that carry role, gemeente, provider and user name; the defaults suit Keycloak mappers. */
    @ConfigurationProperties("openinburgering.claims")
    record Namen(String rol, String gemeente, String aanbieder, String gebruikersnaam) {

        private static final String ROL = "roles";
        private static final String GEMEENTE = "gemeentecode";
        private static final String AANBIEDER = "aanbieder_id";
        private static final String GEBRUIKERSNAAM = "preferred_username";

        /** Spring binds an unset property as null (NullAway cannot see that): then the default. */
        Namen {
            rol = standaard(rol, ROL);
            gemeente = standaard(gemeente, GEMEENTE);
            aanbieder = standaard(aanbieder, AANBIEDER);
            gebruikersnaam = standaard(gebruikersnaam, GEBRUIKERSNAAM);
        }

        static Namen standaard() {
            return new Namen(ROL, GEMEENTE, AANBIEDER, GEBRUIKERSNAAM);
        }

        private static String standaard(@Nullable String waarde, String standaard) {
            return waarde == null || waarde.isBlank() ? standaard : waarde.strip();
        }
    }

    /** A token whose gemeente or provider claim cannot be read: the login is refused. */
    static final class OngeldigeClaim extends RuntimeException {
        private final String melding;

        OngeldigeClaim(String claim, String reden) {
            this(melding(claim, reden));
        }

        private OngeldigeClaim(String melding) {
            super(melding);
            this.melding = melding;
        }

        private static String melding(String claim, String reden) {
            return "Claim '" + claim + "' is ongeldig: " + reden;
        }

        /** The message, never null (unlike {@link #getMessage()} in general). */
        String melding() {
            return melding;
        }
    }
}
