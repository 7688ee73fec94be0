package nl.openinburgering.ontzorging.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.openinburgering.ontzorging.Historiestap;
import nl.openinburgering.ontzorging.Iban;
import nl.openinburgering.ontzorging.Kostenpost;
import nl.openinburgering.ontzorging.Kostensoort;
import nl.openinburgering.ontzorging.Machtiging;
import nl.openinburgering.ontzorging.Ontzorging;
import nl.openinburgering.ontzorging.Overdracht;
import nl.openinburgering.ontzorging.Vergunning;
import nl.openinburgering.shared.Gemeentecode;

/** The ontzorging, its cost items and its history. Every query names the gemeente (the first wall). */
@Repository
public class OntzorgingOpslag {

    private static final String ONTZORGING = """
            select inburgeraar_id, gemeentecode, start_bijstand, machtiging, machtiging_datum, verlengd_tot,
                   verlenging_reden, einddatum, bijstand_beeindigd from ontzorging""";
    private static final String KOSTENPOST = """
            select id, soort, crediteur_naam, iban, kenmerk, bedrag_centen, startmaand, eindmaand, overgedragen_vanaf,
                   beoordeling, budgetcursus, inburgeraar_id, versie from ontzorging_kostenpost""";

    private final JdbcClient jdbc;

    OntzorgingOpslag(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Ontzorging> ontzorging(String gemeente, UUID inburgeraarId) {
        return jdbc.sql(ONTZORGING + " where inburgeraar_id = ? and gemeentecode = ?")
                .params(inburgeraarId, gemeente)
                .query((rij, n) -> ontzorging(rij))
                .optional();
    }

    /** Every ontzorging of the gemeente, or of the given people only. */
    public List<Ontzorging> ontzorgingen(String gemeente, @Nullable Collection<UUID> ids) {
        if (ids == null) {
            return jdbc.sql(ONTZORGING + " where gemeentecode = ?")
                    .param(gemeente)
                    .query((rij, n) -> ontzorging(rij))
                    .list();
        }
        return jdbc.sql(ONTZORGING + " where gemeentecode = ? and inburgeraar_id = any(?)")
                .params(gemeente, ids.toArray(UUID[]::new))
                .query((rij, n) -> ontzorging(rij))
                .list();
    }

    public Optional<Vergunning> vergunning(String gemeente, UUID inburgeraarId) {
        return jdbc.sql("select vergunning from ontzorging where inburgeraar_id = ? and gemeentecode = ?")
                .params(inburgeraarId, gemeente)
                .query((rij, n) -> Vergunning.valueOf(rij.getString(1)))
                .optional();
    }

    public void voegToe(Ontzorging ontzorging, Vergunning vergunning) {
        jdbc.sql("""
                insert into ontzorging (inburgeraar_id, gemeentecode, vergunning, start_bijstand)
                values (?, ?, ?, ?)""")
                .params(
                        ontzorging.inburgeraarId(),
                        ontzorging.gemeente().waarde(),
                        vergunning.name(),
                        ontzorging.startBijstand())
                .update();
    }

    public void bewaar(Ontzorging o) {
        jdbc.sql("""
                update ontzorging set machtiging = ?, machtiging_datum = ?, verlengd_tot = ?, verlenging_reden = ?,
                    einddatum = ?, bijstand_beeindigd = ?
                where inburgeraar_id = ? and gemeentecode = ?""")
                .params(Arrays.asList(
                        o.machtiging().name(),
                        o.machtigingDatum().orElse(null),
                        o.verlengdTot().orElse(null),
                        o.verlengingReden().orElse(null),
                        o.einddatum().orElse(null),
                        o.bijstandBeeindigd(),
                        o.inburgeraarId(),
                        o.gemeente().waarde()))
                .update();
    }

    public List<Kostenpost> kostenposten(String gemeente, UUID inburgeraarId) {
        return jdbc.sql(KOSTENPOST + " where inburgeraar_id = ? and gemeentecode = ? order by startmaand, soort, id")
                .params(inburgeraarId, gemeente)
                .query((rij, n) -> kostenpost(rij))
                .list();
    }

    /** Every cost item of the gemeente with the person it belongs to, for the payment run. */
    public List<PostVanPersoon> alleKostenposten(String gemeente) {
        return jdbc.sql(KOSTENPOST + " where gemeentecode = ? order by inburgeraar_id, startmaand, soort, id")
                .param(gemeente)
                .query((rij, n) -> new PostVanPersoon(rij.getObject(12, UUID.class), kostenpost(rij)))
                .list();
    }

    public record PostVanPersoon(UUID inburgeraarId, Kostenpost post) {}

    /**
     * Saves a new item, or a change to an item if it is still at the version the change was made on ({@code
     * p.versie()}); the change raises the version. False when someone else saved the item in between.
     */
    public boolean bewaarKostenpost(String gemeente, UUID inburgeraarId, Kostenpost p) {
        return jdbc.sql("""
                insert into ontzorging_kostenpost (id, inburgeraar_id, gemeentecode, soort, crediteur_naam, iban, kenmerk,
                    bedrag_centen, startmaand, eindmaand, overgedragen_vanaf, beoordeling, budgetcursus)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (id) do update set soort = excluded.soort, crediteur_naam = excluded.crediteur_naam,
                    iban = excluded.iban, kenmerk = excluded.kenmerk, bedrag_centen = excluded.bedrag_centen,
                    startmaand = excluded.startmaand, eindmaand = excluded.eindmaand,
                    overgedragen_vanaf = excluded.overgedragen_vanaf, beoordeling = excluded.beoordeling,
                    budgetcursus = excluded.budgetcursus, gewijzigd_op = now(),
                    versie = ontzorging_kostenpost.versie + 1
                where ontzorging_kostenpost.versie = ? and ontzorging_kostenpost.gemeentecode = excluded.gemeentecode
                    and ontzorging_kostenpost.inburgeraar_id = excluded.inburgeraar_id""")
                        .params(Arrays.asList(
                                p.id(),
                                inburgeraarId,
                                gemeente,
                                p.soort().name(),
                                p.crediteurNaam(),
                                p.iban().waarde(),
                                p.kenmerk(),
                                p.bedragInCenten(),
                                p.startmaand().atDay(1),
                                p.eindmaand().map(m -> m.atDay(1)).orElse(null),
                                p.overdracht().map(o -> o.vanaf().atDay(1)).orElse(null),
                                p.overdracht().map(Overdracht::beoordeling).orElse(null),
                                p.overdracht().map(Overdracht::budgetcursus).orElse(null),
                                p.versie()))
                        .update()
                == 1;
    }

    /** The last month for which a recorded payment run paid this item, if any (R7.2: a later change corrects). */
    public Optional<YearMonth> laatstBetaald(String gemeente, UUID kostenpostId) {
        return jdbc.sql("select max(maand) from betaalronde_regel where gemeentecode = ? and kostenpost_id = ?")
                .params(gemeente, kostenpostId)
                .query((rij, n) -> maand(rij.getDate(1)))
                .single();
    }

    public void stap(String gemeente, UUID inburgeraarId, String stap, String omschrijving, String door) {
        jdbc.sql("""
                insert into ontzorging_historie (inburgeraar_id, gemeentecode, stap, omschrijving, door)
                values (?, ?, ?, ?, ?)""").params(inburgeraarId, gemeente, stap, omschrijving, door).update();
    }

    public List<Historiestap> historie(String gemeente, UUID inburgeraarId) {
        return jdbc.sql("""
                select tijdstip, stap, omschrijving, door from ontzorging_historie
                where inburgeraar_id = ? and gemeentecode = ? order by id""")
                .params(inburgeraarId, gemeente)
                .query((rij, n) -> new Historiestap(
                        rij.getObject(1, OffsetDateTime.class), rij.getString(2), rij.getString(3), rij.getString(4)))
                .list();
    }

    private static Ontzorging ontzorging(ResultSet rij) throws SQLException {
        return new Ontzorging(
                rij.getObject(1, UUID.class),
                new Gemeentecode(rij.getString(2)),
                rij.getObject(3, LocalDate.class),
                Machtiging.valueOf(rij.getString(4)),
                rij.getObject(5, LocalDate.class),
                rij.getObject(6, LocalDate.class),
                rij.getString(7),
                rij.getObject(8, LocalDate.class),
                rij.getBoolean(9));
    }

    private static Kostenpost kostenpost(ResultSet rij) throws SQLException {
        Optional<YearMonth> overgedragen = maand(rij.getDate(9));
        String beoordeling = String.valueOf(rij.getString(10));
        String budgetcursus = String.valueOf(rij.getString(11));
        return new Kostenpost(
                rij.getObject(1, UUID.class),
                Kostensoort.valueOf(rij.getString(2)),
                rij.getString(3),
                new Iban(rij.getString(4)),
                rij.getString(5),
                rij.getLong(6),
                maand(rij.getDate(7)).orElseThrow(),
                maand(rij.getDate(8)),
                overgedragen.map(vanaf -> new Overdracht(vanaf, beoordeling, budgetcursus)),
                rij.getLong(13));
    }

    private static Optional<YearMonth> maand(@Nullable Date datum) {
        return Optional.ofNullable(datum).map(d -> YearMonth.from(d.toLocalDate()));
    }
}
