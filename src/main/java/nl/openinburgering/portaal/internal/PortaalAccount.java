package nl.openinburgering.portaal.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;

import nl.openinburgering.inburgeraar.Inburgeraar;
import nl.openinburgering.inburgeraar.InburgeraarBeheer;
import nl.openinburgering.platform.HuidigeGebruiker;
import nl.openinburgering.platform.Tenant;
import nl.openinburgering.shared.Bsn;

/**
 * Which person the logged-in inburgeraar is. A demo account is linked to its person in {@code portaal_account}.
 * In productie the person logs in with DigiD through the gemeente's OIDC broker: the BSN comes from the token's
 * claim ({@code openinburgering.portaal.bsn-claim}, default {@code bsn}); at the first login the one active
 * file with that BSN in the token's gemeente is linked to the account. No file, or no BSN: no portal.
 */
@Component
public class PortaalAccount {

    private final PortaalOpslag opslag;
    private final InburgeraarBeheer inburgeraars;
    private final String bsnClaim;

    PortaalAccount(
            PortaalOpslag opslag,
            InburgeraarBeheer inburgeraars,
            @Value("${openinburgering.portaal.bsn-claim:bsn}") String bsnClaim) {
        this.opslag = opslag;
        this.inburgeraars = inburgeraars;
        this.bsnClaim = bsnClaim;
    }

    public String gebruikersnaam() {
        return HuidigeGebruiker.vereist().gebruikersnaam();
    }

    public Optional<UUID> persoon() {
        String gemeente = Tenant.vereist().waarde();
        Optional<UUID> gekoppeld = opslag.persoonVanAccount(gemeente, gebruikersnaam());
        if (gekoppeld.isPresent()) {
            return gekoppeld;
        }
        Optional<Bsn> bsn = bsnUitToken();
        if (bsn.isEmpty()) {
            return Optional.empty();
        }
        List<Inburgeraar> gevonden = inburgeraars.zoekOpBsn(bsn.get());
        if (gevonden.size() != 1) {
            return Optional.empty();
        }
        opslag.koppel(gemeente, gebruikersnaam(), gevonden.getFirst().id(), Optional.empty());
        return Optional.of(gevonden.getFirst().id());
    }

    /** The BSN claim of the OIDC login or the bearer token; a malformed BSN counts as none. */
    Optional<Bsn> bsnUitToken() {
        Authentication authenticatie = SecurityContextHolder.getContext().getAuthentication();
        Map<String, Object> claims = authenticatie == null
                ? Map.of()
                : authenticatie.getPrincipal() instanceof OidcUser oidc
                        ? oidc.getClaims()
                        : authenticatie instanceof JwtAuthenticationToken jwt ? jwt.getTokenAttributes() : Map.of();
        Object waarde = claims.get(bsnClaim);
        if (waarde == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Bsn.van(String.valueOf(waarde).strip()));
        } catch (RuntimeException ongeldig) {
            return Optional.empty();
        }
    }
}
