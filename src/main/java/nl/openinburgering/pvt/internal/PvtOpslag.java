package nl.openinburgering.pvt.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.openinburgering.pvt.Onderdeel;
import nl.openinburgering.pvt.Ondertekening;
import nl.openinburgering.shared.Verwijtbaar;

/** The programme, the declaration text and the signings. Every query names the gemeente (the first wall). */
@Repository
public class PvtOpslag {

    private final JdbcClient jdbc;

    PvtOpslag(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Onderdeel> onderdelen(String gemeente) {
        return jdbc.sql("""
                select id, volgorde, naam, uren, activiteit from pvt_programma_onderdeel
                where gemeentecode = ? order by volgorde, naam""")
                .param(gemeente)
                .query((rij, n) -> new Onderdeel(
                        rij.getObject(1, UUID.class),
                        rij.getInt(2),
                        rij.getString(3),
                        rij.getBigDecimal(4),
                        rij.getBoolean(5)))
                .list();
    }

    public void voegToe(String gemeente, Onderdeel onderdeel) {
        jdbc.sql("""
                insert into pvt_programma_onderdeel (id, gemeentecode, volgorde, naam, uren, activiteit)
                values (?, ?, ?, ?, ?, ?)""")
                .params(
                        UUID.randomUUID(),
                        gemeente,
                        onderdeel.volgorde(),
                        onderdeel.naam().strip(),
                        onderdeel.uren(),
                        onderdeel.activiteit())
                .update();
    }

    public int verwijder(String gemeente, UUID id) {
        return jdbc.sql("delete from pvt_programma_onderdeel where id = ? and gemeentecode = ?")
                .params(id, gemeente)
                .update();
    }

    public Optional<Ondertekening> ondertekening(String gemeente, UUID inburgeraarId) {
        return jdbc.sql("""
                select inburgeraar_id, datum, verklaringstekst, uren, verwijtbaar from pvt_ondertekening
                where inburgeraar_id = ? and gemeentecode = ?""")
                .params(inburgeraarId, gemeente)
                .query((rij, n) -> new Ondertekening(
                        rij.getObject(1, UUID.class),
                        rij.getObject(2, LocalDate.class),
                        rij.getString(3),
                        rij.getBigDecimal(4),
                        Optional.ofNullable(rij.getString(5)).map(Verwijtbaar::valueOf)))
                .optional();
    }

    public void bewaar(String gemeente, Ondertekening ondertekening, String door) {
        jdbc.sql("""
                insert into pvt_ondertekening (inburgeraar_id, gemeentecode, datum, verwijtbaar, verklaringstekst, uren,
                    geregistreerd_door) values (?, ?, ?, ?, ?, ?, ?)""")
                .params(Arrays.asList(
                        ondertekening.inburgeraarId(),
                        gemeente,
                        ondertekening.datum(),
                        ondertekening.verwijtbaar().map(Enum::name).orElse(null),
                        ondertekening.verklaringstekst(),
                        ondertekening.uren(),
                        door))
                .update();
    }

    /** One query for a whole worklist: the signing dates of those who signed. */
    public Map<UUID, LocalDate> ondertekeningen(String gemeente, Collection<UUID> inburgeraarIds) {
        Map<UUID, LocalDate> datums = new HashMap<>();
        if (inburgeraarIds.isEmpty()) {
            return datums;
        }
        jdbc.sql(
                        "select inburgeraar_id, datum from pvt_ondertekening where gemeentecode = ? and inburgeraar_id = any(?)")
                .params(gemeente, inburgeraarIds.toArray(UUID[]::new))
                .query(rij -> {
                    datums.put(rij.getObject(1, UUID.class), rij.getObject(2, LocalDate.class));
                });
        return datums;
    }
}
