package nl.openinburgering.handhaving.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.openinburgering.handhaving.Boetebeleid;
import nl.openinburgering.handhaving.PipAfspraak;
import nl.openinburgering.handhaving.PwVerwijzing;

/** The gemeente's fine policy (D1) and the referrals to the inkomensconsulent (R9.4). */
@Repository
public class BeleidOpslag {

    private final JdbcClient jdbc;

    BeleidOpslag(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Boetebeleid> beleid(String gemeente) {
        return jdbc.sql("""
                select eerste_boete, hoogste_trede, procent_verminderd, procent_normaal, procent_grove_schuld, procent_opzet,
                    waarschuwingstermijn_dagen, zienswijzetermijn_dagen, beslistermijn_dagen, verrekenen_toegestaan
                from handhaving_beleid where gemeentecode = ?""")
                .param(gemeente)
                .query((rs, n) -> new Boetebeleid(
                        rs.getBigDecimal(1),
                        rs.getBigDecimal(2),
                        rs.getInt(3),
                        rs.getInt(4),
                        rs.getInt(5),
                        rs.getInt(6),
                        rs.getInt(7),
                        rs.getInt(8),
                        rs.getInt(9),
                        rs.getBoolean(10)))
                .optional();
    }

    public void stelIn(String gemeente, Boetebeleid b, String door) {
        jdbc.sql("""
                insert into handhaving_beleid (gemeentecode, eerste_boete, hoogste_trede, procent_verminderd, procent_normaal,
                    procent_grove_schuld, procent_opzet, waarschuwingstermijn_dagen, zienswijzetermijn_dagen,
                    beslistermijn_dagen, verrekenen_toegestaan, gewijzigd_door)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (gemeentecode) do update set eerste_boete = excluded.eerste_boete,
                    hoogste_trede = excluded.hoogste_trede, procent_verminderd = excluded.procent_verminderd,
                    procent_normaal = excluded.procent_normaal, procent_grove_schuld = excluded.procent_grove_schuld,
                    procent_opzet = excluded.procent_opzet, waarschuwingstermijn_dagen = excluded.waarschuwingstermijn_dagen,
                    zienswijzetermijn_dagen = excluded.zienswijzetermijn_dagen,
                    beslistermijn_dagen = excluded.beslistermijn_dagen,
                    verrekenen_toegestaan = excluded.verrekenen_toegestaan, gewijzigd_door = excluded.gewijzigd_door,
                    gewijzigd_op = now()""")
                .params(
                        gemeente,
                        b.eersteBoete(),
                        b.hoogsteTrede(),
                        b.procentVerminderd(),
                        b.procentNormaal(),
                        b.procentGroveSchuld(),
                        b.procentOpzet(),
                        b.waarschuwingstermijnDagen(),
                        b.zienswijzetermijnDagen(),
                        b.beslistermijnDagen(),
                        b.verrekenenToegestaan(),
                        door)
                .update();
    }

    public void verwijs(String gemeente, PwVerwijzing v) {
        jdbc.sql("""
                insert into pw_verwijzing (id, gemeentecode, inburgeraar_id, afspraak, feiten, datum, verwezen_door)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        v.id(),
                        gemeente,
                        v.inburgeraarId(),
                        v.afspraak().name(),
                        v.feiten(),
                        v.datum(),
                        v.verwezenDoor())
                .update();
    }

    /** The referrals of the given persons (all of the gemeente when null), newest first. */
    public List<PwVerwijzing> verwijzingen(
            String gemeente, @Nullable Collection<UUID> inburgeraarIds, boolean alleenOpen) {
        String filter = (inburgeraarIds == null ? "" : " and inburgeraar_id = any(?)")
                + (alleenOpen ? " and not opgepakt" : "");
        var sql = jdbc.sql(
                "select id, inburgeraar_id, afspraak, feiten, datum, verwezen_door, opgepakt from pw_verwijzing "
                        + "where gemeentecode = ?" + filter + " order by datum desc, id");
        sql = inburgeraarIds == null ? sql.params(gemeente) : sql.params(gemeente, inburgeraarIds.toArray(UUID[]::new));
        return sql.query((rs, n) -> new PwVerwijzing(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        PipAfspraak.valueOf(rs.getString(3)),
                        rs.getString(4),
                        rs.getObject(5, java.time.LocalDate.class),
                        rs.getString(6),
                        rs.getBoolean(7)))
                .list();
    }
}
