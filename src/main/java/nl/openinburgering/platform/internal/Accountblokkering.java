package nl.openinburgering.platform.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

import nl.openinburgering.platform.HuidigeGebruiker;

/**
 * The local accounts and their lockout: after {@value #MAXIMUM_POGINGEN} failed logins in a row an account
 * is locked for {@value #BLOKKADE_MINUTEN} minutes; a successful login resets the count. The database clock
 * decides, so several app nodes agree.
 */
@Component
@Profile("!productie")
class Accountblokkering implements UserDetailsService {

    static final int MAXIMUM_POGINGEN = 5;
    static final int BLOKKADE_MINUTEN = 15;

    private final JdbcClient jdbc;

    Accountblokkering(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public UserDetails loadUserByUsername(String gebruikersnaam) {
        return jdbc.sql("""
                select gebruikersnaam, wachtwoord_hash, rol, gemeentecode, aanbieder_id,
                       coalesce(geblokkeerd_tot > now(), false) as geblokkeerd
                from gebruiker where gebruikersnaam = ?""")
                .param(gebruikersnaam)
                .query((rij, n) -> {
                    List<GrantedAuthority> rechten = new ArrayList<>();
                    rechten.add(new SimpleGrantedAuthority("ROLE_" + rij.getString("rol")));
                    Optional.ofNullable(rij.getString("gemeentecode"))
                            .ifPresent(code ->
                                    rechten.add(new SimpleGrantedAuthority(HuidigeGebruiker.GEMEENTE_PREFIX + code)));
                    Optional.ofNullable(rij.getString("aanbieder_id"))
                            .ifPresent(id ->
                                    rechten.add(new SimpleGrantedAuthority(HuidigeGebruiker.AANBIEDER_PREFIX + id)));
                    return User.withUsername(rij.getString("gebruikersnaam"))
                            .password(rij.getString("wachtwoord_hash"))
                            .authorities(rechten)
                            .accountLocked(rij.getBoolean("geblokkeerd"))
                            .build();
                })
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException("Onbekende gebruiker"));
    }

    @EventListener
    void mislukt(AuthenticationFailureBadCredentialsEvent gebeurtenis) {
        jdbc.sql("""
                update gebruiker
                set geblokkeerd_tot = case when mislukte_pogingen + 1 >= :maximum
                                           then now() + make_interval(mins => :minuten) else geblokkeerd_tot end,
                    mislukte_pogingen = case when mislukte_pogingen + 1 >= :maximum then 0 else mislukte_pogingen + 1 end
                where gebruikersnaam = :naam""")
                .param("maximum", MAXIMUM_POGINGEN)
                .param("minuten", BLOKKADE_MINUTEN)
                .param("naam", gebeurtenis.getAuthentication().getName())
                .update();
    }

    @EventListener
    void gelukt(AuthenticationSuccessEvent gebeurtenis) {
        jdbc.sql("update gebruiker set mislukte_pogingen = 0, geblokkeerd_tot = null "
                        + "where gebruikersnaam = ? and (mislukte_pogingen > 0 or geblokkeerd_tot is not null)")
                .param(gebeurtenis.getAuthentication().getName())
                .update();
    }
}
