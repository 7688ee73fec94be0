package nl.openinburgering.pip;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.openinburgering.inburgeraar.InburgeraarBeheer;
import nl.openinburgering.inburgeraar.InburgeraarFeiten;
import nl.openinburgering.platform.HuidigeGebruiker;
import nl.openinburgering.platform.Tenant;
import nl.openinburgering.platform.Verwerkingsactiviteit;
import nl.openinburgering.platform.Verwerkingsactiviteit.Handeling;
import nl.openinburgering.platform.Verwerkingsactiviteit.Uitkomst;
import nl.openinburgering.platform.Verwerkingslog;
import nl.openinburgering.shared.OngeldigeInvoer;
import nl.openinburgering.shared.Vandaag;
import nl.openinburgering.shared.Veldfout;

/**
 * The NT2/KNM hours a person followed, as the consulent registers them from the provider's report, until the
 * provider module lets providers report them directly. R3.11 counts only {@code TAALLES_KNM}: hours during the
 * brede intake are kept apart and do not count toward afschalen (R2.10).
 */
@Service
@Transactional
public class GevolgdeUren {

    public enum Soort { TAALLES_KNM, TAALLES_KNM_BREDE_INTAKE }

    public record Registratie(LocalDate totEnMet, Soort soort, BigDecimal uren, String bron) {
    }

    public record Totalen(BigDecimal taallesKnm, BigDecimal taallesKnmBredeIntake, List<Registratie> regels) {
    }

    static final BigDecimal MAXIMUM_PER_REGEL = new BigDecimal("2000");

    private final JdbcClient jdbc;
    private final InburgeraarBeheer inburgeraars;
    private final Verwerkingslog verwerkingslog;

    GevolgdeUren(JdbcClient jdbc, InburgeraarBeheer inburgeraars, Verwerkingslog verwerkingslog) {
        this.jdbc = jdbc;
        this.inburgeraars = inburgeraars;
        this.verwerkingslog = verwerkingslog;
    }

    public Totalen registreer(UUID inburgeraarId, Registratie registratie) {
        InburgeraarFeiten persoon = inburgeraars.feiten(inburgeraarId);
        controleer(registratie);
        jdbc.sql("""
                insert into pip_gevolgde_uren (inburgeraar_id, gemeentecode, tot_en_met, soort, uren, bron, geregistreerd_door)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(inburgeraarId, Tenant.vereist().waarde(), registratie.totEnMet(), registratie.soort().name(),
                        registratie.uren(), registratie.bron().strip(), HuidigeGebruiker.vereist().gebruikersnaam())
                .update();
        verwerkingslog.vastleggen(Verwerkingsactiviteit.PIP_OPSTELLEN, Handeling.AANMAKEN, List.of(persoon.bsn()),
                Uitkomst.GELUKT);
        return totalen(inburgeraarId);
    }

    public Totalen raadpleeg(UUID inburgeraarId) {
        InburgeraarFeiten persoon = inburgeraars.feiten(inburgeraarId);
        verwerkingslog.gelezen(Verwerkingsactiviteit.PIP_RAADPLEGEN, List.of(persoon.bsn()));
        return totalen(inburgeraarId);
    }

    /** R3.11: the hours that count for afschalen: NT2/KNM lessons, brede intake excluded (R2.10). */
    double voorAfschalen(UUID inburgeraarId) {
        return totalen(inburgeraarId).taallesKnm().doubleValue();
    }

    private Totalen totalen(UUID inburgeraarId) {
        List<Registratie> regels = jdbc.sql("""
                select tot_en_met, soort, uren, bron from pip_gevolgde_uren
                where inburgeraar_id = ? and gemeentecode = ? order by tot_en_met, id""")
                .params(inburgeraarId, Tenant.vereist().waarde())
                .query((rij, n) -> new Registratie(rij.getObject(1, LocalDate.class), Soort.valueOf(rij.getString(2)),
                        rij.getBigDecimal(3), rij.getString(4)))
                .list();
        return new Totalen(som(regels, Soort.TAALLES_KNM), som(regels, Soort.TAALLES_KNM_BREDE_INTAKE), regels);
    }

    private static BigDecimal som(List<Registratie> regels, Soort soort) {
        return regels.stream().filter(r -> r.soort() == soort).map(Registratie::uren).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static void controleer(Registratie registratie) {
        List<Veldfout> fouten = new ArrayList<>();
        if (registratie.totEnMet() == null || registratie.totEnMet().isAfter(Vandaag.datum())) {
            fouten.add(new Veldfout("totEnMet", "verplicht", "Vul de laatste dag van de periode in (niet in de toekomst)."));
        }
        if (registratie.soort() == null) {
            fouten.add(new Veldfout("soort", "verplicht", "Kies de soort uren."));
        }
        BigDecimal uren = registratie.uren();
        if (uren == null || uren.signum() <= 0 || uren.compareTo(MAXIMUM_PER_REGEL) > 0 || uren.scale() > 1) {
            fouten.add(new Veldfout("uren", "uren.ongeldig", "Het aantal uren ligt tussen 0,1 en 2000, met hoogstens één decimaal."));
        }
        if (registratie.bron() == null || registratie.bron().isBlank()) {
            fouten.add(new Veldfout("bron", "verplicht", "Vul de bron in, zoals de rapportage van de taalaanbieder."));
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
    }
}
