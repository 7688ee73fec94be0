package nl.openinburgering.leerroute.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.openinburgering.leerroute.Examenmelding;
import nl.openinburgering.leerroute.Examenonderdeel;
import nl.openinburgering.leerroute.Examenresultaat;
import nl.openinburgering.leerroute.Examenuitslag;
import nl.openinburgering.leerroute.RedenGeenUitslag;
import nl.openinburgering.leerroute.Taalniveau;
import nl.openinburgering.leerroute.Voortgangsmelding;
import nl.openinburgering.leerroute.Voortgangsrapportage;

/**
 * Exam results and progress reports. Reads filter on the gemeente (the second wall beside row-level
 * security); the rows are written with the gemeente and the provider of the deelname they belong to.
 */
@Repository
public class ResultatenOpslag {

    private final JdbcClient jdbc;

    ResultatenOpslag(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void bewaar(Examenresultaat resultaat, String gemeentecode, String door) {
        Examenmelding m = resultaat.melding();
        jdbc.sql("""
                insert into examenresultaat (id, gemeentecode, inburgeraar_id, deelname_id, aanbieder_id, onderdeel, niveau,
                    resultaat, reden, datum, gemeld_door, gemeld_op)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(Arrays.asList(
                        resultaat.id(),
                        gemeentecode,
                        resultaat.inburgeraarId(),
                        resultaat.deelnameId(),
                        resultaat.aanbiederId(),
                        m.onderdeel().name(),
                        naam(m.niveau()),
                        m.resultaat().name(),
                        naam(m.reden()),
                        m.datum(),
                        door,
                        Timestamp.from(resultaat.gemeldOp())))
                .update();
    }

    public void bewaar(Voortgangsrapportage rapportage, String gemeentecode, String door) {
        Voortgangsmelding m = rapportage.melding();
        jdbc.sql("""
                insert into voortgangsrapportage (id, gemeentecode, inburgeraar_id, deelname_id, aanbieder_id, datum,
                    niveau_lezen, niveau_luisteren, niveau_schrijven, niveau_spreken, niveau_knm, opmerkingen, gemeld_door, gemeld_op)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(Arrays.asList(
                        rapportage.id(),
                        gemeentecode,
                        rapportage.inburgeraarId(),
                        rapportage.deelnameId(),
                        rapportage.aanbiederId(),
                        m.datum(),
                        naam(m.lezen()),
                        naam(m.luisteren()),
                        naam(m.schrijven()),
                        naam(m.spreken()),
                        naam(m.knm()),
                        m.opmerkingen(),
                        door,
                        Timestamp.from(rapportage.gemeldOp())))
                .update();
    }

    public List<Examenresultaat> examens(UUID inburgeraarId, String gemeentecode) {
        return jdbc.sql("""
                select id, inburgeraar_id, deelname_id, aanbieder_id, onderdeel, niveau, resultaat, reden, datum, gemeld_op
                from examenresultaat where inburgeraar_id = ? and gemeentecode = ? order by datum desc, gemeld_op desc""")
                .params(inburgeraarId, gemeentecode)
                .query(ResultatenOpslag::examen)
                .list();
    }

    /**
     * R4.1: the passed attempts of those of {@code ids} that passed any part, for the werkvoorraad's bulk check
     * (a partial vrijstelling may leave a single part to pass); one set-based query.
     */
    public List<Examenresultaat> geslaagd(Collection<UUID> ids, String gemeentecode) {
        return jdbc.sql("""
                select id, inburgeraar_id, deelname_id, aanbieder_id, onderdeel, niveau, resultaat, reden, datum, gemeld_op
                from examenresultaat
                where gemeentecode = :gemeente and resultaat = 'GESLAAGD' and inburgeraar_id = any(:ids)""")
                .param("gemeente", gemeentecode)
                .param("ids", ids.toArray(UUID[]::new))
                .query(ResultatenOpslag::examen)
                .list();
    }

    public List<Voortgangsrapportage> rapportages(UUID inburgeraarId, String gemeentecode) {
        return jdbc.sql("""
                select id, inburgeraar_id, deelname_id, aanbieder_id, datum, niveau_lezen, niveau_luisteren,
                    niveau_schrijven, niveau_spreken, niveau_knm, opmerkingen, gemeld_op
                from voortgangsrapportage where inburgeraar_id = ? and gemeentecode = ? order by datum desc, gemeld_op desc""")
                .params(inburgeraarId, gemeentecode)
                .query(ResultatenOpslag::rapportage)
                .list();
    }

    private static Examenresultaat examen(ResultSet rij, int n) throws SQLException {
        return new Examenresultaat(
                rij.getObject(1, UUID.class),
                rij.getObject(2, UUID.class),
                rij.getObject(3, UUID.class),
                rij.getObject(4, UUID.class),
                new Examenmelding(
                        Examenonderdeel.valueOf(rij.getString(5)),
                        niveau(rij.getString(6)),
                        Examenuitslag.valueOf(rij.getString(7)),
                        rij.getString(8) == null ? null : RedenGeenUitslag.valueOf(rij.getString(8)),
                        rij.getObject(9, LocalDate.class)),
                rij.getTimestamp(10).toInstant());
    }

    private static Voortgangsrapportage rapportage(ResultSet rij, int n) throws SQLException {
        return new Voortgangsrapportage(
                rij.getObject(1, UUID.class),
                rij.getObject(2, UUID.class),
                rij.getObject(3, UUID.class),
                rij.getObject(4, UUID.class),
                new Voortgangsmelding(
                        rij.getObject(5, LocalDate.class),
                        niveau(rij.getString(6)),
                        niveau(rij.getString(7)),
                        niveau(rij.getString(8)),
                        niveau(rij.getString(9)),
                        niveau(rij.getString(10)),
                        rij.getString(11)),
                rij.getTimestamp(12).toInstant());
    }

    private static @Nullable Taalniveau niveau(@Nullable String waarde) {
        return waarde == null ? null : Taalniveau.valueOf(waarde);
    }

    private static @Nullable String naam(@Nullable Enum<?> waarde) {
        return waarde == null ? null : waarde.name();
    }
}
