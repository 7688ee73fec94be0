package nl.openinburgering.platform;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The staff accounts of the current user's gemeente, for choosing a colleague (such as the consulent a case
 * is assigned to). With the demo profile these are the local accounts; in productie the identity provider owns
 * the accounts and this list holds only those that have a local row.
 */
@Component
public class Medewerkers {

    private final JdbcClient jdbc;

    Medewerkers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The user names with this role in the current user's gemeente, alphabetically. */
    public List<String> metRol(Rol rol) {
        return jdbc.sql(
                        "select gebruikersnaam from gebruiker where gemeentecode = :gemeente and rol = :rol order by gebruikersnaam")
                .param("gemeente", Tenant.vereist().waarde())
                .param("rol", rol.name())
                .query(String.class)
                .list();
    }
}
