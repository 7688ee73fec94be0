package nl.openinburgering.inburgeraar.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.openinburgering.inburgeraar.Doelgroep;
import nl.openinburgering.inburgeraar.Informatieverzoek;
import nl.openinburgering.inburgeraar.Termijnverlenging;

/**
 * Reads the deadline facts of many files in three set-based queries (files, information requests,
 * extensions), never one query per person: the werkvoorraad of a large gemeente covers tens of thousands of
 * files. Every query names the gemeente (the first wall); row-level security is the second.
 */
@Component
public class TermijnfeitenLezer {

    private final JdbcClient jdbc;

    TermijnfeitenLezer(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One active file's facts as stored; the terms are derived by the aggregate's own rules. */
    public record Rij(
            UUID id,
            String bsn,
            String voornamen,
            String geslachtsnaam,
            LocalDate geboortedatum,
            Doelgroep doelgroep,
            @Nullable LocalDate startTermijnVaststellingPip,
            @Nullable LocalDate startInburgeringstermijn,
            List<Informatieverzoek> informatieverzoeken,
            List<Termijnverlenging> termijnverlengingen) {}

    /** The active files of the gemeente; with {@code ids}, only those (others are silently left out). */
    public List<Rij> lees(String gemeente, @Nullable Collection<UUID> ids) {
        String filter = ids == null ? "" : " and inburgeraar_id = any(:ids)";
        // One typed uuid[] parameter: a collection would be expanded into one placeholder per id, and a text array
        // cast in SQL is cast again for every row in a generic plan (docs/performance.md, "Werkvoorraad").
        UUID[] idArray = ids == null ? null : ids.toArray(UUID[]::new);
        Map<UUID, List<Informatieverzoek>> verzoeken = new HashMap<>();
        metIds(jdbc.sql("""
                select inburgeraar_id, volgnummer, gemeentecode, derde, omschrijving, aangevraagd_op, ontvangen_op
                from informatieverzoek where gemeentecode = :gemeente""" + filter), gemeente, idArray).query(rs -> {
            verzoeken
                    .computeIfAbsent(rs.getObject(1, UUID.class), id -> new ArrayList<>())
                    .add(new Informatieverzoek(
                            rs.getInt(2),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getString(5),
                            rs.getObject(6, LocalDate.class),
                            rs.getObject(7, LocalDate.class)));
        });
        Map<UUID, List<Termijnverlenging>> verlengingen = new HashMap<>();
        metIds(jdbc.sql("""
                select inburgeraar_id, volgnummer, gemeentecode, datum_besluit, nieuwe_einddatum, reden
                from termijnverlenging where gemeentecode = :gemeente""" + filter), gemeente, idArray).query(rs -> {
            verlengingen
                    .computeIfAbsent(rs.getObject(1, UUID.class), id -> new ArrayList<>())
                    .add(new Termijnverlenging(
                            rs.getInt(2),
                            rs.getString(3),
                            rs.getObject(4, LocalDate.class),
                            rs.getObject(5, LocalDate.class),
                            rs.getString(6)));
        });
        return metIds(jdbc.sql("""
                select id, bsn, voornamen, geslachtsnaam, geboortedatum, doelgroep,
                       datum_start_termijn_vaststelling_leerroute, datum_start_inburgeringstermijn
                from inburgeraar where gemeentecode = :gemeente and actief""" + (ids == null ? "" : " and id = any(:ids)")), gemeente, idArray)
                .query((rs, n) -> {
                    UUID id = rs.getObject(1, UUID.class);
                    return new Rij(
                            id,
                            rs.getString(2),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getObject(5, LocalDate.class),
                            Doelgroep.valueOf(rs.getString(6)),
                            rs.getObject(7, LocalDate.class),
                            rs.getObject(8, LocalDate.class),
                            verzoeken.getOrDefault(id, List.of()),
                            verlengingen.getOrDefault(id, List.of()));
                })
                .list();
    }

    private static JdbcClient.StatementSpec metIds(
            JdbcClient.StatementSpec sql, String gemeente, UUID @Nullable [] ids) {
        JdbcClient.StatementSpec spec = sql.param("gemeente", gemeente);
        return ids == null ? spec : spec.param("ids", ids);
    }
}
