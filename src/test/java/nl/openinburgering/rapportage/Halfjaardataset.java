package nl.openinburgering.rapportage;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A small hand-built dataset for the half-year report in a gemeente of its own (a fresh code, so no other test's
 * data counts), written as the owner role straight into the tables, with every date chosen by hand.
 */
final class Halfjaardataset implements AutoCloseable {

    final String gemeente;
    final UUID aanbieder = UUID.randomUUID();
    private final Connection c;

    Halfjaardataset(EmbeddedPostgres postgres) throws SQLException {
        DataSource eigenaar = postgres.getDatabase("openinburgering_eigenaar", "openinburgering");
        c = eigenaar.getConnection();
        String code;
        do {
            code = String.valueOf(ThreadLocalRandom.current().nextInt(9000, 10000));
        } while (bestaat(code));
        gemeente = code;
        update("insert into gemeente (code, naam) values (?, ?)", code, "Proefgemeente " + code);
        update("insert into aanbieder (id, naam) values (?, ?)", aanbieder, "Taalschool " + code);
    }

    private boolean bestaat(String code) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select 1 from gemeente where code = ?")) {
            s.setString(1, code);
            return s.executeQuery().next();
        }
    }

    UUID persoon(String doelgroep, LocalDate plicht, @Nullable LocalDate vestiging, @Nullable LocalDate termijnstart)
            throws SQLException {
        UUID id = UUID.randomUUID();
        update("""
                insert into inburgeraar (id, gemeentecode, bsn, voornamen, geslachtsnaam, geboortedatum, doelgroep,
                  datum_start_inburgeringsplicht, datum_vestiging_gemeente, datum_start_termijn_vaststelling_leerroute, versie)
                values (?, ?, ?, 'Proef', 'Persoon', date '1990-01-01', ?, ?, ?, ?, 0)""", id, gemeente, nl.openinburgering.TestBsn.nieuw(), doelgroep, plicht, vestiging, termijnstart);
        return id;
    }

    /** An active person whose inburgeringstermijn started on {@code termijn} (cohort = its year, R3.4). */
    UUID inCohort(LocalDate termijn) throws SQLException {
        UUID id = persoon("ASIELSTATUSHOUDER", termijn.minusMonths(3), termijn.minusMonths(3), null);
        update("update inburgeraar set datum_start_inburgeringstermijn = ? where id = ?", termijn, id);
        return id;
    }

    void pip(UUID persoon, String status, String route, @Nullable String niveau, LocalDate dagtekening)
            throws SQLException {
        update("""
                insert into pip (id, gemeentecode, inburgeraar_id, status, leerroute, niveau, alfabetisering,
                  indicatie_mag_opleiding_afmaken, opgesteld_door, opgesteld_op, dagtekening, versie)
                values (?, ?, ?, ?, ?, ?, 'NVT', false, 'proef', now(), ?, 0)""", UUID.randomUUID(), gemeente, persoon, status, route, niveau, dagtekening);
    }

    void herkomst(UUID persoon) throws SQLException {
        update("""
                insert into pip_herkomst (inburgeraar_id, gemeentecode, vorige_gemeentecode, leerroute, niveau,
                  dagtekening_eerste_pip, dagtekening_huidige_pip)
                values (?, ?, '0148', 'B1_ROUTE', 'B1', date '2024-01-01', date '2024-01-01')""", persoon, gemeente);
    }

    void uitstroom(UUID persoon, String soort, LocalDate datum) throws SQLException {
        update(
                "insert into uitstroom (id, gemeentecode, inburgeraar_id, soort, datum, geregistreerd_door) values (?, ?, ?, ?, ?, 'proef')",
                UUID.randomUUID(),
                gemeente,
                persoon,
                soort,
                datum);
    }

    void pvt(UUID persoon, LocalDate datum) throws SQLException {
        update("""
                insert into pvt_ondertekening (inburgeraar_id, gemeentecode, datum, verklaringstekst, uren, geregistreerd_door)
                values (?, ?, ?, 'Verklaring', 12, 'proef')""", persoon, gemeente, datum);
    }

    void map(UUID persoon, LocalDate eindgesprek) throws SQLException {
        update(
                "insert into map_traject (inburgeraar_id, gemeentecode, datum_eindgesprek, voldoende) values (?, ?, ?, true)",
                persoon,
                gemeente,
                eindgesprek);
    }

    void zroute(UUID persoon, LocalDate eindgesprek) throws SQLException {
        update("""
                insert into zroute_afronding (inburgeraar_id, gemeentecode, pip_id, datum_eindgesprek, cursusuren, afgerond_door)
                values (?, ?, ?, ?, 800, 'proef')""", persoon, gemeente, UUID.randomUUID(), eindgesprek);
    }

    void examen(UUID persoon, String onderdeel, String resultaat, LocalDate datum) throws SQLException {
        update("""
                insert into examenresultaat (id, gemeentecode, inburgeraar_id, deelname_id, aanbieder_id, onderdeel, niveau,
                  resultaat, datum, gemeld_door)
                values (?, ?, ?, ?, ?, ?, 'A2', ?, ?, 'proef')""", UUID.randomUUID(), gemeente, persoon, UUID.randomUUID(), aanbieder, onderdeel, resultaat, datum);
    }

    /** A case with a warning, a voornemen and (when {@code besluit} is given) a fine. */
    void handhaving(
            UUID persoon,
            @Nullable LocalDate waarschuwing,
            @Nullable LocalDate voornemen,
            @Nullable LocalDate besluit,
            @Nullable BigDecimal bedrag)
            throws SQLException {
        update(
                """
                insert into handhavingszaak (id, gemeentecode, inburgeraar_id, grond, overtredingsdatums, stap, stap_sinds,
                  geopend_op, geopend_door, waarschuwing_datum, voornemen_datum, besluit_datum, bedrag)
                values (?, ?, ?, 'INTAKE', '{}', ?, date '2025-01-01', date '2025-01-01', 'proef', ?, ?, ?, ?)""",
                UUID.randomUUID(),
                gemeente,
                persoon,
                besluit != null ? "BOETE_OPGELEGD" : "WAARSCHUWING",
                waarschuwing,
                voornemen,
                besluit,
                bedrag);
    }

    void taakstelling(int jaar, int helft, int aantal) throws SQLException {
        update(
                "insert into huisvestingstaakstelling (gemeentecode, jaar, helft, aantal, gewijzigd_door) values (?, ?, ?, ?, 'proef')",
                gemeente,
                jaar,
                helft,
                aantal);
    }

    String bsn(UUID persoon) throws SQLException {
        return waarde("select bsn from inburgeraar where id = ?", persoon);
    }

    /** The first column of the first row, as text. */
    String waarde(String sql, Object... waarden) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < waarden.length; i++) {
                s.setObject(i + 1, waarden[i]);
            }
            var rs = s.executeQuery();
            rs.next();
            return rs.getString(1);
        }
    }

    byte[] sleutel() throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement("select sleutel from monitoring_sleutel where gemeentecode = ?")) {
            s.setString(1, gemeente);
            var rs = s.executeQuery();
            rs.next();
            return rs.getBytes(1);
        }
    }

    void intake(UUID persoon, String opleidingsniveau, String lbt) throws SQLException {
        update(
                "insert into intake (id, gemeentecode, inburgeraar_id, opleidingsniveau, lbt_resultaat, versie) values (?, ?, ?, ?, ?, 0)",
                UUID.randomUUID(),
                gemeente,
                persoon,
                opleidingsniveau,
                lbt);
    }

    void sluit(UUID persoon) throws SQLException {
        update("update inburgeraar set actief = false where id = ?", persoon);
    }

    void update(String sql, @Nullable Object... waarden) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < waarden.length; i++) {
                s.setObject(i + 1, waarden[i]);
            }
            s.executeUpdate();
        }
    }

    @Override
    public void close() throws SQLException {
        c.close();
    }
}
