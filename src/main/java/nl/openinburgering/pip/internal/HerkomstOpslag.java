package nl.openinburgering.pip.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.openinburgering.pip.Herkomst;
import nl.openinburgering.pip.Niveau;
import nl.openinburgering.shared.Leerroute;

/** The previous gemeente's PIP of a person who moved in (R3.12); every query names the own gemeente. */
@Repository
public class HerkomstOpslag {

    private final JdbcClient jdbc;

    HerkomstOpslag(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Herkomst> vind(UUID inburgeraarId, String gemeentecode) {
        return jdbc.sql("""
                select inburgeraar_id, vorige_gemeentecode, leerroute, niveau, dagtekening_eerste_pip, dagtekening_huidige_pip,
                       datum_besluit_verlenging, nieuwe_einddatum_termijn
                from pip_herkomst where inburgeraar_id = ? and gemeentecode = ?""")
                .params(inburgeraarId, gemeentecode)
                .query((rij, n) -> new Herkomst(
                        rij.getObject(1, UUID.class),
                        rij.getString(2),
                        Leerroute.valueOf(rij.getString(3)),
                        rij.getString(4) == null ? null : Niveau.valueOf(rij.getString(4)),
                        rij.getObject(5, java.time.LocalDate.class),
                        rij.getObject(6, java.time.LocalDate.class),
                        rij.getObject(7, java.time.LocalDate.class),
                        rij.getObject(8, java.time.LocalDate.class)))
                .optional();
    }

    public void bewaar(Herkomst herkomst, String gemeentecode) {
        bewaar(herkomst, gemeentecode, "GEMEENTE");
    }

    /** Where the record came from: {@code GEMEENTE} (entered) or {@code DUO} (taken over from DUO, R10.3). */
    public Optional<String> bron(UUID inburgeraarId, String gemeentecode) {
        return jdbc.sql("select bron from pip_herkomst where inburgeraar_id = ? and gemeentecode = ?")
                .params(inburgeraarId, gemeentecode)
                .query(String.class)
                .optional();
    }

    public void bewaar(Herkomst herkomst, String gemeentecode, String bron) {
        jdbc.sql("""
                insert into pip_herkomst (inburgeraar_id, gemeentecode, vorige_gemeentecode, leerroute, niveau,
                    dagtekening_eerste_pip, dagtekening_huidige_pip, datum_besluit_verlenging, nieuwe_einddatum_termijn, bron)
                values (:id, :gemeente, :vorige, :leerroute, :niveau, :eerste, :huidige, :besluit, :einde, :bron)
                on conflict (inburgeraar_id) do update set vorige_gemeentecode = excluded.vorige_gemeentecode,
                    leerroute = excluded.leerroute, niveau = excluded.niveau,
                    dagtekening_eerste_pip = excluded.dagtekening_eerste_pip,
                    dagtekening_huidige_pip = excluded.dagtekening_huidige_pip,
                    datum_besluit_verlenging = excluded.datum_besluit_verlenging,
                    nieuwe_einddatum_termijn = excluded.nieuwe_einddatum_termijn, bron = excluded.bron""")
                .param("id", herkomst.inburgeraarId())
                .param("gemeente", gemeentecode)
                .param("vorige", herkomst.vorigeGemeentecode())
                .param("leerroute", herkomst.leerroute().name())
                .param(
                        "niveau",
                        herkomst.niveau() == null ? null : herkomst.niveau().name())
                .param("eerste", herkomst.dagtekeningEerstePip())
                .param("huidige", herkomst.dagtekeningHuidigePip())
                .param("besluit", herkomst.datumBesluitVerlenging())
                .param("einde", herkomst.nieuweEinddatumTermijn())
                .param("bron", bron)
                .update();
    }
}
