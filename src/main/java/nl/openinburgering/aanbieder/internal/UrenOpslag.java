package nl.openinburgering.aanbieder.internal;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.openinburgering.aanbieder.Deelname;
import nl.openinburgering.aanbieder.Upload;
import nl.openinburgering.aanbieder.Urenregel;
import nl.openinburgering.aanbieder.Urensoort;

/**
 * Hour lines and uploads. A batch goes in with a few multi-row {@code insert ... select from unnest(arrays)}
 * statements, not row by row. (PostgreSQL refuses {@code COPY FROM} into a table with row-level security for a
 * role that is subject to it, which the app role is: see docs/performance.md.)
 */
@Repository
public class UrenOpslag {

    /** Lines per statement: big enough to amortise the round trip, small enough for modest arrays. */
    static final int PER_STATEMENT = 10_000;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    UrenOpslag(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** Claims the idempotency key; false when the provider used it already (also by a concurrent request). */
    public boolean claimUpload(Upload upload, UUID aanbiederId, String hash) {
        return jdbc.sql("""
                insert into urenupload (id, aanbieder_id, idempotentiesleutel, inhoud_hash, aantal_regels, ingediend_door, ingediend_op)
                values (?, ?, ?, ?, ?, ?, ?) on conflict (aanbieder_id, idempotentiesleutel) do nothing""")
                        .params(
                                upload.id(),
                                aanbiederId,
                                upload.idempotentiesleutel(),
                                hash,
                                upload.aantalRegels(),
                                upload.ingediendDoor(),
                                Timestamp.from(upload.ingediendOp()))
                        .update()
                == 1;
    }

    /** The earlier upload under this key with the hash of its lines. */
    public Optional<Map.Entry<Upload, String>> upload(UUID aanbiederId, UUID sleutel) {
        return jdbc.sql("""
                select id, idempotentiesleutel, aantal_regels, ingediend_door, ingediend_op, inhoud_hash
                from urenupload where aanbieder_id = ? and idempotentiesleutel = ?""")
                .params(aanbiederId, sleutel)
                .query((rs, n) -> Map.entry(
                        new Upload(
                                rs.getObject(1, UUID.class),
                                rs.getObject(2, UUID.class),
                                rs.getInt(3),
                                rs.getString(4),
                                rs.getTimestamp(5).toInstant()),
                        rs.getString(6)))
                .optional();
    }

    /** When the provider last stored a batch with exactly these lines (the same hash), if ever. */
    public Optional<Instant> eerderIngelezen(UUID aanbiederId, String hash) {
        return jdbc.sql("""
                select max(ingediend_op) from urenupload where aanbieder_id = ? and inhoud_hash = ?""")
                .params(aanbiederId, hash)
                .query((rs, n) -> Optional.ofNullable(rs.getTimestamp(1)).map(Timestamp::toInstant))
                .single();
    }

    public List<Upload> uploads(UUID aanbiederId, int aantal) {
        return jdbc.sql("""
                select id, idempotentiesleutel, aantal_regels, ingediend_door, ingediend_op
                from urenupload where aanbieder_id = ? order by ingediend_op desc, id limit ?""")
                .params(aanbiederId, aantal)
                .query((rs, n) -> new Upload(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        rs.getInt(3),
                        rs.getString(4),
                        rs.getTimestamp(5).toInstant()))
                .list();
    }

    /** Stores all lines of one upload in the current transaction, {@value #PER_STATEMENT} per statement. */
    public void voegToe(UUID uploadId, UUID aanbiederId, List<Urenregel> regels, Map<UUID, Deelname> deelnames) {
        for (int van = 0; van < regels.size(); van += PER_STATEMENT) {
            List<Urenregel> deel = regels.subList(van, Math.min(regels.size(), van + PER_STATEMENT));
            template.execute((ConnectionCallback<Integer>) verbinding -> {
                int n = deel.size();
                String[] gemeente = new String[n],
                        deelname = new String[n],
                        inburgeraar = new String[n],
                        datum = new String[n],
                        soort = new String[n],
                        uren = new String[n],
                        aanwezig = new String[n],
                        reden = new String[n];
                for (int i = 0; i < n; i++) {
                    Urenregel r = deel.get(i);
                    Deelname d = Objects.requireNonNull(deelnames.get(r.deelnameId()));
                    gemeente[i] = d.gemeentecode().waarde();
                    deelname[i] = d.id().toString();
                    inburgeraar[i] = d.inburgeraarId().toString();
                    datum[i] = r.datum().toString();
                    soort[i] = r.soort().name();
                    uren[i] = r.uren().toPlainString();
                    aanwezig[i] = Boolean.toString(r.aanwezig());
                    reden[i] =
                            r.verzuimreden() == null ? null : r.verzuimreden().name();
                }
                try (PreparedStatement sql = verbinding.prepareStatement("""
                        insert into urenregel (gemeentecode, aanbieder_id, deelname_id, inburgeraar_id, datum, soort, uren,
                                               aanwezig, verzuimreden, upload_id)
                        select g, ?::uuid, d::uuid, i::uuid, t::date, s, u::numeric, a::boolean, r, ?::uuid
                        from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                             as x (g, d, i, t, s, u, a, r)""")) {
                    sql.setString(1, aanbiederId.toString());
                    sql.setString(2, uploadId.toString());
                    String[][] kolommen = {gemeente, deelname, inburgeraar, datum, soort, uren, aanwezig, reden};
                    for (int k = 0; k < kolommen.length; k++) {
                        Array array = verbinding.createArrayOf("text", kolommen[k]);
                        sql.setArray(3 + k, array);
                    }
                    return sql.executeUpdate();
                }
            });
        }
    }

    /**
     * Counting attended hours per kind for one person of the gemeente, from the running totals the database keeps
     * on every insert of hour lines (V75: one row per provider and kind instead of every line; V210: only the
     * lines {@code urenregel_telbaar} accepts, R3.11, R4.5).
     */
    public Map<Urensoort, BigDecimal> totalen(String gemeentecode, UUID inburgeraarId) {
        Map<Urensoort, BigDecimal> totalen = new EnumMap<>(Urensoort.class);
        jdbc.sql("""
                select soort, sum(uren_telbaar) from urentotaal
                where gemeentecode = ? and inburgeraar_id = ? group by soort""").params(gemeentecode, inburgeraarId).query(rs -> {
            totalen.put(Urensoort.valueOf(rs.getString(1)), rs.getBigDecimal(2));
        });
        return totalen;
    }

    /**
     * Counting attended hours per person and kind for many persons at once (one query for a worklist or a report), from
     * the running totals (V75). The ids go as one array parameter: {@code in (:ids)} would bind one parameter
     * per id, and the driver caps those.
     */
    public Map<UUID, Map<Urensoort, BigDecimal>> totalenPerPersoon(String gemeentecode, Collection<UUID> ids) {
        Map<UUID, Map<Urensoort, BigDecimal>> totalen = new HashMap<>();
        if (ids.isEmpty()) {
            return totalen;
        }
        jdbc.sql("""
                select inburgeraar_id, soort, sum(uren_telbaar) from urentotaal
                where gemeentecode = ? and inburgeraar_id = any(?) group by inburgeraar_id, soort""").params(gemeentecode, AanbiederOpslag.uuids(ids)).query(rs -> {
            totalen.computeIfAbsent(rs.getObject(1, UUID.class), id -> new EnumMap<>(Urensoort.class))
                    .put(Urensoort.valueOf(rs.getString(2)), rs.getBigDecimal(3));
        });
        return totalen;
    }

    /**
     * R4.5, R6.3, R5.2: counting attended hours per kind for one person of the gemeente, dated on or before
     * {@code totEnMet}, read from the lines themselves (a result's own cut-off day), with the same test as the
     * running totals ({@code urenregel_telbaar}, V210). Through the person's deelnames, then each deelname's lines
     * by (deelname_id, datum).
     */
    public Map<Urensoort, BigDecimal> totalen(String gemeentecode, UUID inburgeraarId, LocalDate totEnMet) {
        Map<Urensoort, BigDecimal> totalen = new EnumMap<>(Urensoort.class);
        jdbc.sql("""
                select u.soort, sum(u.uren)
                from deelname d
                join aanbieder a on a.id = d.aanbieder_id
                join urenregel u on u.deelname_id = d.id and u.gemeentecode = d.gemeentecode and u.datum <= ?
                where d.gemeentecode = ? and d.inburgeraar_id = ? and u.aanwezig
                  and urenregel_telbaar(u.soort, d.soort, a.keurmerk_geldig_tot, u.datum)
                group by u.soort""").params(totEnMet, gemeentecode, inburgeraarId).query(rs -> {
            totalen.put(Urensoort.valueOf(rs.getString(1)), rs.getBigDecimal(2));
        });
        return totalen;
    }

    /** Attended and reported hours per deelname of the gemeente in {@code [vanaf, tot)}; optionally for one person. */
    public List<Telling> tellingen(String gemeentecode, @Nullable UUID inburgeraarId, LocalDate vanaf, LocalDate tot) {
        return tellingen(gemeentecode, inburgeraarId == null ? null : List.of(inburgeraarId), vanaf, tot);
    }

    /**
     * As {@link #tellingen(String, UUID, LocalDate, LocalDate)} for many persons ({@code null}: the whole
     * gemeente). A consulent's worklist passes its 60 cases, so the read is an index lookup per person instead of
     * four weeks of the whole gemeente's lines.
     */
    public List<Telling> tellingen(
            String gemeentecode, @Nullable Collection<UUID> inburgeraarIds, LocalDate vanaf, LocalDate tot) {
        if (inburgeraarIds != null && inburgeraarIds.isEmpty()) {
            return List.of();
        }
        JdbcClient.StatementSpec sql;
        if (inburgeraarIds == null) {
            sql = jdbc.sql("""
                    select deelname_id, inburgeraar_id, coalesce(sum(uren) filter (where aanwezig), 0),
                           coalesce(sum(uren) filter (where aanwezig or verzuimreden not in ('ZIEK', 'AFGEMELD')), 0)
                    from urenregel
                    where gemeentecode = ? and datum >= ? and datum < ?
                    group by deelname_id, inburgeraar_id""").params(gemeentecode, vanaf, tot);
        } else {
            // Through the persons' deelnames, then each deelname's lines by (deelname_id, datum): a few hundred
            // index entries. Filtering the gemeente's four weeks of lines on the ids instead read every line of a
            // large gemeente (gemeente 7001: 34,000 lines, 60 ms, against 2.7 ms this way).
            sql = jdbc.sql("""
                    select u.deelname_id, u.inburgeraar_id, coalesce(sum(u.uren) filter (where u.aanwezig), 0),
                           coalesce(sum(u.uren) filter (where u.aanwezig or u.verzuimreden not in ('ZIEK', 'AFGEMELD')), 0)
                    from deelname d
                    join urenregel u on u.deelname_id = d.id and u.gemeentecode = d.gemeentecode
                                    and u.datum >= ? and u.datum < ?
                    where d.gemeentecode = ? and d.inburgeraar_id = any(?)
                    group by u.deelname_id, u.inburgeraar_id""").params(vanaf, tot, gemeentecode, AanbiederOpslag.uuids(inburgeraarIds));
        }
        return sql.query((rs, n) -> new Telling(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        rs.getBigDecimal(3),
                        rs.getBigDecimal(4)))
                .list();
    }

    /**
     * R9.2: attended hours and the hours that count for attendance: every reported hour except excused absence
     * (illness, or absence with notice the gemeente accepted): that is no verzuim, so it lowers nothing.
     */
    public record Telling(UUID deelnameId, UUID inburgeraarId, BigDecimal aanwezig, BigDecimal gemeld) {}

    /** The gemeente's attendance threshold in percent, if set. */
    public Optional<Integer> drempel(String gemeentecode) {
        return jdbc.sql("select drempel_procent from aanwezigheidsbeleid where gemeentecode = ?")
                .param(gemeentecode)
                .query(Integer.class)
                .optional();
    }

    public void stelDrempelIn(String gemeentecode, int procent, String door) {
        jdbc.sql("""
                insert into aanwezigheidsbeleid (gemeentecode, drempel_procent, gewijzigd_door) values (?, ?, ?)
                on conflict (gemeentecode) do update
                set drempel_procent = excluded.drempel_procent, gewijzigd_door = excluded.gewijzigd_door, gewijzigd_op = now()""").params(gemeentecode, procent, door).update();
    }

    /** The absent lines of one person, newest first, with the provider's name; the gemeente is named (wall 1). */
    public List<nl.openinburgering.aanbieder.Afwezigheid> afwezigheden(String gemeentecode, UUID inburgeraarId) {
        return jdbc.sql("""
                select u.id, u.deelname_id, a.naam, u.datum, u.soort, u.uren, u.verzuimreden
                from urenregel u join aanbieder a on a.id = u.aanbieder_id
                where u.gemeentecode = ? and u.inburgeraar_id = ? and not u.aanwezig
                order by u.datum desc, u.id desc""")
                .params(gemeentecode, inburgeraarId)
                .query((rs, n) -> new nl.openinburgering.aanbieder.Afwezigheid(
                        rs.getLong(1),
                        rs.getObject(2, UUID.class),
                        rs.getString(3),
                        rs.getObject(4, LocalDate.class),
                        nl.openinburgering.aanbieder.Urensoort.valueOf(rs.getString(5)),
                        rs.getBigDecimal(6),
                        nl.openinburgering.aanbieder.Verzuimreden.valueOf(rs.getString(7))))
                .list();
    }

    /**
     * The uploads that hold lines of one person, newest first, counting only that person's lines; the gemeente is
     * named (wall 1), and V203 lets the gemeente read those upload rows (wall 2).
     */
    public List<nl.openinburgering.aanbieder.Urenlevering> leveringen(String gemeentecode, UUID inburgeraarId) {
        return jdbc.sql("""
                select u.upload_id, a.naam, up.ingediend_op, count(*),
                       coalesce(sum(u.uren) filter (where u.aanwezig), 0), sum(u.uren), min(u.datum), max(u.datum)
                from urenregel u
                join urenupload up on up.id = u.upload_id
                join aanbieder a on a.id = u.aanbieder_id
                where u.gemeentecode = ? and u.inburgeraar_id = ?
                group by u.upload_id, a.naam, up.ingediend_op
                order by up.ingediend_op desc, u.upload_id""")
                .params(gemeentecode, inburgeraarId)
                .query((rs, n) -> new nl.openinburgering.aanbieder.Urenlevering(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getTimestamp(3).toInstant(),
                        rs.getInt(4),
                        rs.getBigDecimal(5),
                        rs.getBigDecimal(6),
                        rs.getObject(7, LocalDate.class),
                        rs.getObject(8, LocalDate.class)))
                .list();
    }
}
