package nl.openinburgering.platform;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.openinburgering.shared.Gemeentecode;

/**
 * The letterhead of the current user's gemeente: read by every letter, changed by the functioneel beheerder.
 * A gemeente without its own settings gets a plain letterhead with its name, so a letter can always be made.
 */
@Service
@Transactional
public class HuisstijlBeheer {

    private final JdbcClient jdbc;

    HuisstijlBeheer(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The codes of every gemeente of this installation, for scheduled work that runs per gemeente. */
    @Transactional(readOnly = true)
    public List<Gemeentecode> gemeenten() {
        return jdbc.sql("select code from gemeente order by code").query(String.class).list().stream()
                .map(Gemeentecode::new)
                .toList();
    }

    public Huisstijl huidige() {
        String gemeente = Tenant.vereist().waarde();
        return jdbc.sql("""
                select officiele_naam, bezoekadres, postadres, telefoon, website, email, bezwaaradres, logo_png
                from gemeente_huisstijl where gemeentecode = ?""")
                .param(gemeente)
                .query((rij, nummer) -> new Huisstijl(
                        rij.getString(1),
                        rij.getString(2),
                        rij.getString(3),
                        rij.getString(4),
                        rij.getString(5),
                        rij.getString(6),
                        rij.getString(7),
                        rij.getBytes(8)))
                .optional()
                .orElseGet(() -> standaard(gemeente));
    }

    /** Saves the letterhead; {@code huisstijl.logoPng()} replaces the logo, {@code null} removes it. */
    public Huisstijl opslaan(Huisstijl huisstijl) {
        jdbc.sql("""
                insert into gemeente_huisstijl (gemeentecode, officiele_naam, bezoekadres, postadres, telefoon, website,
                    email, bezwaaradres, logo_png, gewijzigd_door, gewijzigd_op)
                values (:gemeente, :naam, :bezoek, :post, :telefoon, :website, :email, :bezwaar, :logo, :door, now())
                on conflict (gemeentecode) do update set officiele_naam = excluded.officiele_naam,
                    bezoekadres = excluded.bezoekadres, postadres = excluded.postadres, telefoon = excluded.telefoon,
                    website = excluded.website, email = excluded.email, bezwaaradres = excluded.bezwaaradres,
                    logo_png = excluded.logo_png, gewijzigd_door = excluded.gewijzigd_door, gewijzigd_op = now()""")
                .param("gemeente", Tenant.vereist().waarde())
                .param("naam", huisstijl.officieleNaam())
                .param("bezoek", huisstijl.bezoekadres())
                .param("post", huisstijl.postadres())
                .param("telefoon", huisstijl.telefoon())
                .param("website", huisstijl.website())
                .param("email", huisstijl.email())
                .param("bezwaar", huisstijl.bezwaaradres())
                .param("logo", huisstijl.logoPng())
                .param("door", HuidigeGebruiker.vereist().gebruikersnaam())
                .update();
        return huisstijl;
    }

    private Huisstijl standaard(String gemeente) {
        String naam = jdbc.sql("select naam from gemeente where code = ?")
                .param(gemeente)
                .query(String.class)
                .optional()
                .orElse(gemeente);
        return new Huisstijl(
                "Gemeente " + naam,
                null,
                "Gemeente " + naam,
                null,
                null,
                null,
                "College van burgemeester en wethouders van " + naam,
                null);
    }
}
