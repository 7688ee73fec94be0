package nl.openinburgering.handhaving.internal;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.openinburgering.handhaving.Betaalstatus;
import nl.openinburgering.handhaving.Bewijs;
import nl.openinburgering.handhaving.Boeteberekening;
import nl.openinburgering.handhaving.Grond;
import nl.openinburgering.handhaving.Kwartaalcijfers;
import nl.openinburgering.handhaving.Matiging;
import nl.openinburgering.handhaving.Matigingsgrond;
import nl.openinburgering.handhaving.PipAfspraak;
import nl.openinburgering.handhaving.Stap;
import nl.openinburgering.handhaving.Verwijtbaarheidsgraad;
import nl.openinburgering.handhaving.Zaakgegevens;
import nl.openinburgering.handhaving.Zienswijzevorm;
import nl.openinburgering.shared.Conflict;

/** The handhavingszaken and their evidence. Every query names the gemeente (the first wall). */
@Repository
public class HandhavingOpslag {

    private static final String KOLOMMEN = """
            id, gemeentecode, inburgeraar_id, grond, pip_id, afspraak, overtredingsdatums, stap, stap_sinds,
            geopend_op, geopend_door, gesprek_datum, gesprek_notities, gesprek_verschoonbaar, waarschuwing_datum,
            waarschuwing_termijn_einde, evenredigheid_motivering, eerder_geprobeerd, voornemen_datum,
            zienswijze_termijn_einde, herhaling, verwijtbaarheid, trede, procent, berekend_bedrag, zienswijze_datum, zienswijze_vorm,
            zienswijze_inhoud, voorstel_datum, voorgesteld_door, motivering, matiging_grond, matiging_reden,
            matiging_bedrag, bedrag, besluit_datum, besloten_door, geen_boete_reden, betaalstatus, betaalstatus_sinds,
            versie""";

    private final JdbcClient jdbc;

    HandhavingOpslag(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void voegToe(Zaakgegevens zaak) {
        Zaakgegevens.Kern k = zaak.kern();
        jdbc.sql("""
                insert into handhavingszaak (id, gemeentecode, inburgeraar_id, grond, pip_id, afspraak, overtredingsdatums,
                    stap, stap_sinds, geopend_op, geopend_door) values (?, ?, ?, ?, ?, ?, ?::date[], ?, ?, ?, ?)""")
                .params(Arrays.asList(
                        k.id(),
                        k.gemeentecode(),
                        k.inburgeraarId(),
                        k.grond().name(),
                        k.pipId(),
                        k.afspraak() == null ? null : k.afspraak().name(),
                        datums(k.overtredingsdatums()),
                        zaak.stap().name(),
                        zaak.stapSinds(),
                        k.geopendOp(),
                        k.geopendDoor()))
                .update();
        for (Bewijs b : zaak.bewijs()) {
            jdbc.sql("""
                    insert into handhaving_bewijs (zaak_id, gemeentecode, soort, verwijzing, datum, omschrijving, verschoonbaar)
                    values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            k.id(),
                            k.gemeentecode(),
                            b.soort().name(),
                            b.verwijzing(),
                            b.datum(),
                            b.omschrijving(),
                            b.verschoonbaar())
                    .update();
        }
    }

    /** Stores the steps; a concurrent change in between is a conflict (409). */
    public void bewaar(Zaakgegevens zaak) {
        var g = zaak.gesprek();
        var w = zaak.waarschuwing();
        var e = zaak.evenredigheid();
        var v = zaak.voornemen();
        var z = zaak.zienswijze();
        var s = zaak.voorstel();
        var b = zaak.besluit();
        var p = zaak.betaling();
        Matiging m = s == null ? null : s.matiging();
        Boeteberekening r = v == null ? null : v.berekening();
        int gewijzigd = jdbc.sql("""
                update handhavingszaak set stap = ?, stap_sinds = ?, gesprek_datum = ?, gesprek_notities = ?,
                    gesprek_verschoonbaar = ?, waarschuwing_datum = ?, waarschuwing_termijn_einde = ?,
                    evenredigheid_motivering = ?, eerder_geprobeerd = ?, voornemen_datum = ?, zienswijze_termijn_einde = ?,
                    herhaling = ?, verwijtbaarheid = ?, trede = ?, procent = ?, berekend_bedrag = ?, zienswijze_datum = ?, zienswijze_vorm = ?,
                    zienswijze_inhoud = ?, voorstel_datum = ?, voorgesteld_door = ?, motivering = ?, matiging_grond = ?,
                    matiging_reden = ?, matiging_bedrag = ?, bedrag = ?, besluit_datum = ?, besloten_door = ?,
                    geen_boete_reden = ?, betaalstatus = ?, betaalstatus_sinds = ?, versie = versie + 1
                where id = ? and gemeentecode = ? and versie = ?""")
                .params(Arrays.asList(
                        zaak.stap().name(),
                        zaak.stapSinds(),
                        g == null ? null : g.datum(),
                        g == null ? null : g.notities(),
                        g == null ? null : g.verschoonbaar(),
                        w == null ? null : w.datum(),
                        w == null ? null : w.termijnEinde(),
                        e == null ? null : e.motivering(),
                        e == null ? null : e.eerderGeprobeerd(),
                        v == null ? null : v.datum(),
                        v == null ? null : v.zienswijzetermijnEinde(),
                        r == null ? null : r.herhaling(),
                        r == null || r.verwijtbaarheid() == null
                                ? null
                                : r.verwijtbaarheid().name(),
                        r == null ? null : r.trede(),
                        r == null ? null : r.procent(),
                        r == null ? null : r.bedrag(),
                        z == null ? null : z.datum(),
                        z == null ? null : z.vorm().name(),
                        z == null ? null : z.inhoud(),
                        s == null ? null : s.datum(),
                        s == null ? null : s.door(),
                        s == null ? null : s.motivering(),
                        m == null ? null : m.grond().name(),
                        m == null ? null : m.reden(),
                        m == null ? null : m.bedrag(),
                        s == null ? null : s.bedrag(),
                        b == null ? null : b.datum(),
                        b == null ? null : b.door(),
                        b == null ? null : b.geenBoeteReden(),
                        p == null ? null : p.status().name(),
                        p == null ? null : p.sinds(),
                        zaak.id(),
                        zaak.kern().gemeentecode(),
                        zaak.versie()))
                .update();
        if (gewijzigd == 0) {
            throw new Conflict("versie.verouderd", "De zaak is intussen gewijzigd. Laad haar opnieuw.");
        }
    }

    public Optional<Zaakgegevens> zaak(String gemeente, UUID inburgeraarId, UUID zaakId) {
        return lees("where gemeentecode = ? and inburgeraar_id = ? and id = ?", gemeente, inburgeraarId, zaakId)
                .stream()
                .findFirst();
    }

    public List<Zaakgegevens> vanPersoon(String gemeente, UUID inburgeraarId) {
        return lees(
                "where gemeentecode = ? and inburgeraar_id = ? order by geopend_op desc, id", gemeente, inburgeraarId);
    }

    /** The open cases of the gemeente, oldest first, a page at a time. */
    public List<Zaakgegevens> open(String gemeente, int pagina, int grootte) {
        return lees(
                "where gemeentecode = ? and stap not in ('BOETE_OPGELEGD', 'GEEN_BOETE', 'VERSCHOOND') "
                        + "order by geopend_op, id limit ? offset ?",
                gemeente,
                grootte,
                pagina * grootte);
    }

    public int aantalOpen(String gemeente) {
        return jdbc.sql("""
                select count(*) from handhavingszaak where gemeentecode = ?
                and stap not in ('BOETE_OPGELEGD', 'GEEN_BOETE', 'VERSCHOOND')""").param(gemeente).query(Integer.class).single();
    }

    /** The open cases of the given persons (for the worklist), in one query. */
    public List<Zaakgegevens> openVan(String gemeente, @Nullable Collection<UUID> inburgeraarIds) {
        if (inburgeraarIds == null) {
            return lees(
                    "where gemeentecode = ? and stap in ('GEWAARSCHUWD', 'VOORNEMEN', 'ZIENSWIJZE', 'VOORGESTELD')",
                    gemeente);
        }
        return lees(
                "where gemeentecode = ? and stap in ('GEWAARSCHUWD', 'VOORNEMEN', 'ZIENSWIJZE', 'VOORGESTELD') "
                        + "and inburgeraar_id = any(?)",
                gemeente,
                inburgeraarIds.toArray(UUID[]::new));
    }

    /** All imposed fines, for the export to the debiteurenadministratie. */
    public List<Zaakgegevens> boetes(String gemeente) {
        return lees("where gemeentecode = ? and stap = 'BOETE_OPGELEGD' order by besluit_datum, id", gemeente);
    }

    /** D1: the earlier fines of the person on this ground, to find the step of the ladder. */
    public int eerdereBoetes(String gemeente, UUID inburgeraarId, Grond grond) {
        return jdbc.sql("""
                select count(*) from handhavingszaak where gemeentecode = ? and inburgeraar_id = ? and grond = ?
                and stap = 'BOETE_OPGELEGD'""")
                .params(gemeente, inburgeraarId, grond.name())
                .query(Integer.class)
                .single();
    }

    /** The counts of a quarter: warnings, voornemens, fines and their total, moderations, decisions not to fine. */
    public Kwartaalcijfers kwartaal(String gemeente, int jaar, int kwartaal, LocalDate vanaf, LocalDate tot) {
        return jdbc.sql("""
                select
                  count(*) filter (where waarschuwing_datum >= ? and waarschuwing_datum < ?) as waarschuwingen,
                  count(*) filter (where voornemen_datum >= ? and voornemen_datum < ?) as voornemens,
                  count(*) filter (where stap = 'BOETE_OPGELEGD' and besluit_datum >= ? and besluit_datum < ?) as boetes,
                  coalesce(sum(bedrag) filter (where stap = 'BOETE_OPGELEGD' and besluit_datum >= ? and besluit_datum < ?), 0) as bedrag,
                  count(*) filter (where stap = 'BOETE_OPGELEGD' and matiging_bedrag is not null
                                   and besluit_datum >= ? and besluit_datum < ?) as matigingen,
                  count(*) filter (where stap = 'GEEN_BOETE' and besluit_datum >= ? and besluit_datum < ?) as geen_boete
                from handhavingszaak where gemeentecode = ?""")
                .params(vanaf, tot, vanaf, tot, vanaf, tot, vanaf, tot, vanaf, tot, vanaf, tot, gemeente)
                .query((rs, n) -> new Kwartaalcijfers(
                        jaar,
                        kwartaal,
                        rs.getInt(1),
                        rs.getInt(2),
                        rs.getInt(3),
                        rs.getBigDecimal(4),
                        rs.getInt(5),
                        rs.getInt(6)))
                .single();
    }

    private List<Zaakgegevens> lees(String waar, Object... parameters) {
        List<Zaakgegevens> zaken = jdbc.sql("select " + KOLOMMEN + " from handhavingszaak " + waar)
                .params(parameters)
                .query((rs, n) -> rij(rs, List.of()))
                .list();
        if (zaken.isEmpty()) {
            return zaken;
        }
        Map<UUID, List<Bewijs>> bewijs = jdbc
                .sql("""
                select zaak_id, soort, verwijzing, datum, omschrijving, verschoonbaar from handhaving_bewijs
                where gemeentecode = ? and zaak_id = any(?) order by datum, verwijzing""")
                .params(
                        zaken.getFirst().kern().gemeentecode(),
                        zaken.stream().map(Zaakgegevens::id).toArray(UUID[]::new))
                .query((rs, n) -> Map.entry(
                        rs.getObject(1, UUID.class),
                        new Bewijs(
                                Bewijs.Soort.valueOf(rs.getString(2)),
                                rs.getString(3),
                                rs.getObject(4, LocalDate.class),
                                rs.getString(5),
                                rs.getBoolean(6))))
                .list()
                .stream()
                .collect(Collectors.groupingBy(
                        Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return zaken.stream()
                .map(z -> new Zaakgegevens(
                        z.kern(),
                        bewijs.getOrDefault(z.id(), List.of()),
                        z.stap(),
                        z.stapSinds(),
                        z.gesprek(),
                        z.waarschuwing(),
                        z.evenredigheid(),
                        z.voornemen(),
                        z.zienswijze(),
                        z.voorstel(),
                        z.besluit(),
                        z.betaling(),
                        z.versie()))
                .toList();
    }

    private static Zaakgegevens rij(ResultSet rs, List<Bewijs> bewijs) throws SQLException {
        Grond grond = Grond.valueOf(rs.getString("grond"));
        String afspraak = rs.getString("afspraak");
        Zaakgegevens.Kern kern = new Zaakgegevens.Kern(
                rs.getObject("id", UUID.class),
                rs.getString("gemeentecode"),
                rs.getObject("inburgeraar_id", UUID.class),
                grond,
                rs.getObject("pip_id", UUID.class),
                afspraak == null ? null : PipAfspraak.valueOf(afspraak),
                datums(rs.getArray("overtredingsdatums")),
                datum(rs, "geopend_op"),
                rs.getString("geopend_door"));
        LocalDate gesprekDatum = rs.getObject("gesprek_datum", LocalDate.class);
        LocalDate waarschuwingDatum = rs.getObject("waarschuwing_datum", LocalDate.class);
        String motivering = rs.getString("evenredigheid_motivering");
        LocalDate voornemenDatum = rs.getObject("voornemen_datum", LocalDate.class);
        LocalDate zienswijzeDatum = rs.getObject("zienswijze_datum", LocalDate.class);
        LocalDate voorstelDatum = rs.getObject("voorstel_datum", LocalDate.class);
        LocalDate besluitDatum = rs.getObject("besluit_datum", LocalDate.class);
        String betaalstatus = rs.getString("betaalstatus");
        String matigingGrond = rs.getString("matiging_grond");
        Matiging matiging = matigingGrond == null
                ? null
                : new Matiging(
                        Matigingsgrond.valueOf(matigingGrond),
                        rs.getString("matiging_reden"),
                        rs.getBigDecimal("matiging_bedrag"));
        return new Zaakgegevens(
                kern,
                bewijs,
                Stap.valueOf(rs.getString("stap")),
                datum(rs, "stap_sinds"),
                gesprekDatum == null
                        ? null
                        : new Zaakgegevens.Gesprek(
                                gesprekDatum, rs.getString("gesprek_notities"), rs.getBoolean("gesprek_verschoonbaar")),
                waarschuwingDatum == null
                        ? null
                        : new Zaakgegevens.Waarschuwing(waarschuwingDatum, datum(rs, "waarschuwing_termijn_einde")),
                motivering == null
                        ? null
                        : new Zaakgegevens.Evenredigheid(motivering, rs.getString("eerder_geprobeerd")),
                voornemenDatum == null
                        ? null
                        : new Zaakgegevens.Voornemen(
                                voornemenDatum, datum(rs, "zienswijze_termijn_einde"), berekening(rs, grond)),
                zienswijzeDatum == null
                        ? null
                        : new Zaakgegevens.Zienswijze(
                                zienswijzeDatum,
                                Zienswijzevorm.valueOf(rs.getString("zienswijze_vorm")),
                                rs.getString("zienswijze_inhoud")),
                voorstelDatum == null
                        ? null
                        : new Zaakgegevens.Voorstel(
                                voorstelDatum,
                                rs.getString("voorgesteld_door"),
                                rs.getString("motivering"),
                                matiging,
                                rs.getBigDecimal("bedrag")),
                besluitDatum == null
                        ? null
                        : new Zaakgegevens.Besluit(
                                besluitDatum, rs.getString("besloten_door"), rs.getString("geen_boete_reden")),
                betaalstatus == null
                        ? null
                        : new Zaakgegevens.Betaling(
                                Betaalstatus.valueOf(betaalstatus), datum(rs, "betaalstatus_sinds")),
                rs.getLong("versie"));
    }

    /** The computation as stored with the voornemen. */
    private static Boeteberekening berekening(ResultSet rs, Grond grond) throws SQLException {
        String graad = rs.getString("verwijtbaarheid");
        int herhaling = rs.getInt("herhaling");
        BigDecimal bedrag = rs.getBigDecimal("berekend_bedrag");
        return new Boeteberekening(
                grond,
                herhaling,
                rs.getBigDecimal("trede"),
                graad == null ? null : Verwijtbaarheidsgraad.valueOf(graad),
                rs.getInt("procent"),
                bedrag);
    }

    private static LocalDate datum(ResultSet rs, String kolom) throws SQLException {
        return rs.getObject(kolom, LocalDate.class);
    }

    private static String datums(List<LocalDate> datums) {
        return datums.stream().map(LocalDate::toString).collect(Collectors.joining(",", "{", "}"));
    }

    private static List<LocalDate> datums(Array array) throws SQLException {
        Object[] waarden = (Object[]) array.getArray();
        return Arrays.stream(waarden)
                .map(w -> w instanceof Date d ? d.toLocalDate() : LocalDate.parse(w.toString()))
                .sorted()
                .toList();
    }
}
