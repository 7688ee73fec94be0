package nl.openinburgering.platform.internal;

import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.openinburgering.platform.internal.ProductieWeigering.Bezwaar;

/**
 * Proves at startup that row-level security binds the app: PostgreSQL skips the policies for a superuser,
 * for a role with BYPASSRLS and for the owner of a table (and anyone who may act as the owner). If the app
 * connected as one of those, every gemeente would see every other gemeente's inburgeraars.
 *
 * <p>The role itself is checked before Flyway migrates (a Flyway callback), because the migrations grant
 * table rights to the app role: a refused start must not leave grants to a superuser behind. Ownership is
 * checked once all beans exist (so the tables do too), before the web server takes its first request.
 */
@Component
@Profile(ProductieInstellingenControle.PROFIEL)
class ProductieDatabaseRolControle implements SmartInitializingSingleton, Callback {

    private static final String INSTELLING = "spring.datasource.username (SPRING_DATASOURCE_USERNAME)";

    private final DataSource dataSource;

    ProductieDatabaseRolControle(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public boolean supports(Event gebeurtenis, Context context) {
        return gebeurtenis == Event.BEFORE_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event gebeurtenis, Context context) {
        return true;
    }

    @Override
    public void handle(Event gebeurtenis, Context context) {
        weigerBij(rolBezwaren(JdbcClient.create(dataSource)));
    }

    @Override
    public String getCallbackName() {
        return "productie-databaserol";
    }

    @Override
    public void afterSingletonsInstantiated() {
        weigerBij(bezwaren(dataSource));
    }

    private static void weigerBij(List<Bezwaar> bezwaren) {
        if (!bezwaren.isEmpty()) {
            throw new ProductieWeigering(bezwaren);
        }
    }

    static List<Bezwaar> bezwaren(DataSource dataSource) {
        JdbcClient jdbc = JdbcClient.create(dataSource);
        List<Bezwaar> bezwaren = rolBezwaren(jdbc);
        if (bezwaren.isEmpty()) {
            bezwaren.addAll(eigenaarBezwaren(jdbc));
        }
        return bezwaren;
    }

    private static List<Bezwaar> rolBezwaren(JdbcClient jdbc) {
        List<Bezwaar> bezwaren = new ArrayList<>();
        Rol rol = jdbc.sql("select rolname, rolsuper, rolbypassrls from pg_roles where rolname = current_user")
                .query((rij, n) -> new Rol(rij.getString(1), rij.getBoolean(2), rij.getBoolean(3)))
                .single();
        if (rol.superuser()) {
            bezwaren.add(new Bezwaar(
                    INSTELLING,
                    "De app verbindt als superuser '" + rol.naam() + "'; row-level security geldt dan niet",
                    "The app connects as superuser '" + rol.naam() + "'; row-level security does not apply then"));
        }
        if (rol.omzeiltRls()) {
            bezwaren.add(new Bezwaar(
                    INSTELLING,
                    "De app verbindt als rol '" + rol.naam() + "' met BYPASSRLS; row-level security geldt dan niet",
                    "The app connects as role '" + rol.naam()
                            + "' with BYPASSRLS; row-level security does not apply then"));
        }
        return bezwaren;
    }

    private static List<Bezwaar> eigenaarBezwaren(JdbcClient jdbc) {
        List<Bezwaar> bezwaren = new ArrayList<>();
        String naam = jdbc.sql("select current_user").query(String.class).single();
        List<String> eigenTabellen = jdbc.sql("""
                select schemaname || '.' || tablename from pg_tables
                where schemaname not in ('pg_catalog', 'information_schema')
                  and pg_has_role(current_user, tableowner, 'MEMBER')
                order by 1""").query(String.class).list();
        if (!eigenTabellen.isEmpty()) {
            String tabellen = String.join(", ", eigenTabellen.subList(0, Math.min(5, eigenTabellen.size())));
            bezwaren.add(
                    new Bezwaar(
                            INSTELLING,
                            "De app-rol '" + naam + "' is (lid van de) eigenaar van tabellen (" + tabellen
                                    + "); laat Flyway migreren als eigenaar (SPRING_FLYWAY_USER) en de app verbinden als een andere rol",
                            "The app role '" + naam + "' owns (or is a member of the owner of) tables (" + tabellen
                                    + "); let Flyway migrate as the owner (SPRING_FLYWAY_USER) and the app connect as another role"));
        }
        return bezwaren;
    }

    private record Rol(String naam, boolean superuser, boolean omzeiltRls) {}
}
