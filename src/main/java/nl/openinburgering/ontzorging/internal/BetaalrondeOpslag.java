package nl.openinburgering.ontzorging.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.openinburgering.ontzorging.Betaalregel;
import nl.openinburgering.ontzorging.Betaalregel.Regelsoort;
import nl.openinburgering.ontzorging.BetaalrondeSamenvatting;
import nl.openinburgering.ontzorging.Debiteur;
import nl.openinburgering.ontzorging.Iban;
import nl.openinburgering.ontzorging.Kostensoort;

/** Payment runs, their lines and the gemeente's debtor account. Every query names the gemeente. */
@Repository
public class BetaalrondeOpslag {

    /** A recorded run without its lines. */
    public record Kop(
            UUID id,
            YearMonth maand,
            String vastgesteldDoor,
            OffsetDateTime vastgesteldOp,
            Optional<OffsetDateTime> geexporteerdOp) {}

    /** What was paid before for one cost item and month: the sum of all lines, and whether a regular one exists. */
    public record Betaald(Map<PostMaand, Long> totaal, Set<PostMaand> regulier) {}

    public record PostMaand(UUID kostenpostId, YearMonth maand) {}

    private final JdbcClient jdbc;

    BetaalrondeOpslag(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Kop> kop(String gemeente, UUID id) {
        return jdbc.sql("""
                select id, maand, vastgesteld_door, vastgesteld_op, geexporteerd_op from betaalronde
                where id = ? and gemeentecode = ?""")
                .params(id, gemeente)
                .query((rij, n) -> new Kop(
                        rij.getObject(1, UUID.class),
                        YearMonth.from(rij.getObject(2, LocalDate.class)),
                        rij.getString(3),
                        rij.getObject(4, OffsetDateTime.class),
                        Optional.ofNullable(rij.getObject(5, OffsetDateTime.class))))
                .optional();
    }

    public Optional<UUID> rondeVan(String gemeente, YearMonth maand) {
        return jdbc.sql("select id from betaalronde where gemeentecode = ? and maand = ?")
                .params(gemeente, maand.atDay(1))
                .query(UUID.class)
                .optional();
    }

    public List<BetaalrondeSamenvatting> rondes(String gemeente, int grootte, long vanaf) {
        return jdbc.sql("""
                select r.id, r.maand, r.vastgesteld_door, r.vastgesteld_op, r.geexporteerd_op,
                       count(g.id) filter (where g.bedrag_centen > 0),
                       coalesce(sum(g.bedrag_centen) filter (where g.bedrag_centen > 0), 0)
                from betaalronde r left join betaalronde_regel g on g.betaalronde_id = r.id and g.gemeentecode = r.gemeentecode
                where r.gemeentecode = ?
                group by r.id order by r.maand desc limit ? offset ?""")
                .params(gemeente, grootte, vanaf)
                .query((rij, n) -> new BetaalrondeSamenvatting(
                        rij.getObject(1, UUID.class),
                        YearMonth.from(rij.getObject(2, LocalDate.class)),
                        rij.getInt(6),
                        rij.getLong(7),
                        rij.getString(3),
                        rij.getObject(4, OffsetDateTime.class),
                        Optional.ofNullable(rij.getObject(5, OffsetDateTime.class))))
                .list();
    }

    /** The number of transfers (positive lines) of the recorded runs per month of the year. */
    public java.util.Map<YearMonth, Long> betalingenPerMaand(String gemeente, int jaar) {
        java.util.Map<YearMonth, Long> perMaand = new java.util.TreeMap<>();
        jdbc.sql("""
                        select r.maand, count(g.id) filter (where g.bedrag_centen > 0)
                        from betaalronde r left join betaalronde_regel g
                          on g.betaalronde_id = r.id and g.gemeentecode = r.gemeentecode
                        where r.gemeentecode = ? and r.maand >= make_date(?, 1, 1) and r.maand < make_date(? + 1, 1, 1)
                        group by r.maand""")
                .params(gemeente, jaar, jaar)
                .query((rij, n) -> perMaand.put(YearMonth.from(rij.getObject(1, LocalDate.class)), rij.getLong(2)))
                .list();
        return perMaand;
    }

    public long aantalRondes(String gemeente) {
        return jdbc.sql("select count(*) from betaalronde where gemeentecode = ?")
                .param(gemeente)
                .query(Long.class)
                .single();
    }

    public List<Betaalregel> regels(String gemeente, UUID rondeId) {
        return jdbc.sql("""
                select g.id, g.kostenpost_id, g.inburgeraar_id, p.soort, g.maand, g.soort, g.bedrag_centen,
                       g.crediteur_naam, g.iban, g.kenmerk
                from betaalronde_regel g join ontzorging_kostenpost p on p.id = g.kostenpost_id
                where g.betaalronde_id = ? and g.gemeentecode = ?
                order by g.crediteur_naam, g.maand, g.id""")
                .params(rondeId, gemeente)
                .query((rij, n) -> new Betaalregel(
                        rij.getObject(1, UUID.class),
                        rij.getObject(2, UUID.class),
                        rij.getObject(3, UUID.class),
                        "",
                        Kostensoort.valueOf(rij.getString(4)),
                        YearMonth.from(rij.getObject(5, LocalDate.class)),
                        Regelsoort.valueOf(rij.getString(6)),
                        rij.getLong(7),
                        rij.getString(8),
                        new Iban(rij.getString(9)),
                        rij.getString(10)))
                .list();
    }

    public Betaald betaald(String gemeente) {
        Map<PostMaand, Long> totaal = new HashMap<>();
        Set<PostMaand> regulier = new HashSet<>();
        jdbc.sql("select kostenpost_id, maand, soort, bedrag_centen from betaalronde_regel where gemeentecode = ?")
                .param(gemeente)
                .query(rij -> {
                    PostMaand sleutel = new PostMaand(
                            rij.getObject(1, UUID.class), YearMonth.from(rij.getObject(2, LocalDate.class)));
                    totaal.merge(sleutel, rij.getLong(4), Long::sum);
                    if ("REGULIER".equals(rij.getString(3))) {
                        regulier.add(sleutel);
                    }
                });
        return new Betaald(totaal, regulier);
    }

    /** Records the run; the unique constraints refuse a second run of the month and a second regular payment. */
    public UUID bewaar(String gemeente, YearMonth maand, String door, List<Betaalregel> regels) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into betaalronde (id, gemeentecode, maand, vastgesteld_door) values (?, ?, ?, ?)")
                .params(id, gemeente, maand.atDay(1), door)
                .update();
        for (Betaalregel r : regels) {
            jdbc.sql("""
                    insert into betaalronde_regel (id, betaalronde_id, gemeentecode, kostenpost_id, inburgeraar_id, maand,
                        soort, bedrag_centen, crediteur_naam, iban, kenmerk)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(Arrays.asList(
                            r.id(),
                            id,
                            gemeente,
                            r.kostenpostId(),
                            r.inburgeraarId(),
                            r.maand().atDay(1),
                            r.soort().name(),
                            r.bedragInCenten(),
                            r.crediteurNaam(),
                            r.iban().waarde(),
                            r.kenmerk()))
                    .update();
        }
        return id;
    }

    public void geexporteerd(String gemeente, UUID id) {
        jdbc.sql(
                        "update betaalronde set geexporteerd_op = now() where id = ? and gemeentecode = ? and geexporteerd_op is null")
                .params(id, gemeente)
                .update();
    }

    public Optional<Debiteur> debiteur(String gemeente) {
        return jdbc.sql(
                        "select debiteur_naam, debiteur_iban, debiteur_bic from ontzorging_instelling where gemeentecode = ?")
                .param(gemeente)
                .query((rij, n) -> new Debiteur(rij.getString(1), new Iban(rij.getString(2)), rij.getString(3)))
                .optional();
    }

    public void bewaarDebiteur(String gemeente, Debiteur debiteur, String door) {
        jdbc.sql("""
                insert into ontzorging_instelling (gemeentecode, debiteur_naam, debiteur_iban, debiteur_bic, gewijzigd_door)
                values (?, ?, ?, ?, ?)
                on conflict (gemeentecode) do update set debiteur_naam = excluded.debiteur_naam,
                    debiteur_iban = excluded.debiteur_iban, debiteur_bic = excluded.debiteur_bic,
                    gewijzigd_door = excluded.gewijzigd_door, gewijzigd_op = now()""")
                .params(gemeente, debiteur.naam(), debiteur.iban().waarde(), debiteur.bic(), door)
                .update();
    }
}
