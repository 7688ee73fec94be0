package nl.openinburgering.map.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.openinburgering.map.MapEindgesprek;
import nl.openinburgering.map.ThemaStatus;
import nl.openinburgering.shared.MapThema;
import nl.openinburgering.shared.Verwijtbaar;

/** Themes, cost, eindgesprek and the budget setting. Every query names the gemeente (the first wall). */
@Repository
public class MapOpslag {

    public record Afspraak(ThemaStatus status, @Nullable String reden) {}

    private final JdbcClient jdbc;

    MapOpslag(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Map<MapThema, Afspraak> afspraken(String gemeente, UUID inburgeraarId) {
        Map<MapThema, Afspraak> afspraken = new EnumMap<>(MapThema.class);
        jdbc.sql("select thema, status, reden from map_thema_afspraak where inburgeraar_id = ? and gemeentecode = ?")
                .params(inburgeraarId, gemeente)
                .query(rij -> {
                    afspraken.put(
                            MapThema.valueOf(rij.getString(1)),
                            new Afspraak(ThemaStatus.valueOf(rij.getString(2)), rij.getString(3)));
                });
        return afspraken;
    }

    public void bewaarAfspraak(String gemeente, UUID inburgeraarId, MapThema thema, Afspraak afspraak, String door) {
        jdbc.sql("""
                insert into map_thema_afspraak (inburgeraar_id, gemeentecode, thema, status, reden, vastgelegd_door)
                values (?, ?, ?, ?, ?, ?)
                on conflict (inburgeraar_id, thema) do update set status = excluded.status, reden = excluded.reden,
                    vastgelegd_door = excluded.vastgelegd_door, vastgelegd_op = now()""")
                .params(Arrays.asList(
                        inburgeraarId, gemeente, thema.name(), afspraak.status().name(), afspraak.reden(), door))
                .update();
    }

    public Optional<MapEindgesprek> eindgesprek(String gemeente, UUID inburgeraarId) {
        return jdbc.sql("""
                select datum_eindgesprek, voldoende, verwijtbaar from map_traject
                where inburgeraar_id = ? and gemeentecode = ? and datum_eindgesprek is not null""")
                .params(inburgeraarId, gemeente)
                .query((rij, n) -> new MapEindgesprek(
                        rij.getObject(1, LocalDate.class),
                        rij.getBoolean(2),
                        Optional.ofNullable(rij.getString(3)).map(Verwijtbaar::valueOf)))
                .optional();
    }

    public void bewaarEindgesprek(String gemeente, UUID inburgeraarId, MapEindgesprek gesprek, String door) {
        jdbc.sql("""
                insert into map_traject (inburgeraar_id, gemeentecode, datum_eindgesprek, voldoende, verwijtbaar, eindgesprek_door)
                values (?, ?, ?, ?, ?, ?)
                on conflict (inburgeraar_id) do update set datum_eindgesprek = excluded.datum_eindgesprek,
                    voldoende = excluded.voldoende, verwijtbaar = excluded.verwijtbaar,
                    eindgesprek_door = excluded.eindgesprek_door""")
                .params(Arrays.asList(
                        inburgeraarId,
                        gemeente,
                        gesprek.datum(),
                        gesprek.voldoende(),
                        gesprek.verwijtbaar().map(Enum::name).orElse(null),
                        door))
                .update();
    }

    public Optional<BigDecimal> kosten(String gemeente, UUID inburgeraarId) {
        return jdbc.sql(
                        "select kosten from map_traject where inburgeraar_id = ? and gemeentecode = ? and kosten is not null")
                .params(inburgeraarId, gemeente)
                .query(BigDecimal.class)
                .optional();
    }

    public void bewaarKosten(String gemeente, UUID inburgeraarId, BigDecimal kosten) {
        jdbc.sql("""
                insert into map_traject (inburgeraar_id, gemeentecode, kosten) values (?, ?, ?)
                on conflict (inburgeraar_id) do update set kosten = excluded.kosten""").params(inburgeraarId, gemeente, kosten).update();
    }

    public Optional<BigDecimal> budget(String gemeente) {
        return jdbc.sql("select budget_per_deelnemer from map_instelling where gemeentecode = ?")
                .param(gemeente)
                .query(BigDecimal.class)
                .optional();
    }

    public void bewaarBudget(String gemeente, BigDecimal budget, String door) {
        jdbc.sql("""
                insert into map_instelling (gemeentecode, budget_per_deelnemer, gewijzigd_door) values (?, ?, ?)
                on conflict (gemeentecode) do update set budget_per_deelnemer = excluded.budget_per_deelnemer,
                    gewijzigd_door = excluded.gewijzigd_door, gewijzigd_op = now()""").params(gemeente, budget, door).update();
    }

    /** One query for a whole worklist: the dates of the sufficient eindgesprekken. */
    public Map<UUID, LocalDate> afgerond(String gemeente, Collection<UUID> inburgeraarIds) {
        Map<UUID, LocalDate> datums = new HashMap<>();
        if (inburgeraarIds.isEmpty()) {
            return datums;
        }
        jdbc.sql("""
                select inburgeraar_id, datum_eindgesprek from map_traject
                where gemeentecode = ? and voldoende and inburgeraar_id = any(?)""").params(gemeente, inburgeraarIds.toArray(UUID[]::new)).query(rij -> {
            datums.put(rij.getObject(1, UUID.class), rij.getObject(2, LocalDate.class));
        });
        return datums;
    }
}
