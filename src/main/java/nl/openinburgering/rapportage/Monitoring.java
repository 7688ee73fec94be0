package nl.openinburgering.rapportage;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.openinburgering.platform.HuidigeGebruiker;
import nl.openinburgering.platform.Rol;
import nl.openinburgering.platform.Tenant;
import nl.openinburgering.platform.Verwerkingsactiviteit;
import nl.openinburgering.platform.Verwerkingslog;
import nl.openinburgering.rapportage.internal.MonitoringLezer;
import nl.openinburgering.shared.Bsn;
import nl.openinburgering.shared.NietToegestaan;
import nl.openinburgering.shared.OngeldigeInvoer;
import nl.openinburgering.shared.Veldfout;

/**
 * Issue 17 point 4 (R10.8): the monitoring set for the ministry and CBS, one CSV row per person of a cohort,
 * pseudonymised with HMAC-SHA256 of the BSN under the gemeente's own secret (no BSN, no name, no date of birth
 * leaves), columns as documented in {@code docs/monitoringset.md}; and the cohort monitoring (where each cohort is
 * now). Making the set processes personal data, so it is logged per person; the cohort monitoring is aggregates.
 */
@Service
public class Monitoring {

    /** The header of the CSV, in the order of {@code docs/monitoringset.md}. */
    public static final List<String> KOLOMMEN = List.of(
            "pseudoniem",
            "doelgroep",
            "datum_start_inburgeringsplicht",
            "datum_vestiging_gemeente",
            "opleidingsniveau",
            "lbt_resultaat",
            "datum_start_termijn_pip",
            "dagtekening_eerste_pip",
            "leerroute_eerste_pip",
            "leerroute_huidig",
            "niveau_huidig",
            "aantal_schakelingen",
            "afgeschaald",
            "datum_pvt_afgerond",
            "datum_map_eindgesprek",
            "map_voldoende",
            "datum_zroute_afgerond",
            "examens_geslaagd",
            "examens_gezakt",
            "uitstroom_soort",
            "uitstroom_datum",
            "actief");

    private final MonitoringLezer lezer;
    private final Verwerkingslog verwerkingslog;

    Monitoring(MonitoringLezer lezer, Verwerkingslog verwerkingslog) {
        this.lezer = lezer;
        this.verwerkingslog = verwerkingslog;
    }

    /** R10.8: the monitoring set of the persons whose plicht started in {@code cohort}, as CSV (UTF-8, ";"). */
    @Transactional
    public String monitoringset(int cohort) {
        vereisBeleid();
        if (cohort < 2022 || cohort > 2100) {
            throw new OngeldigeInvoer(new Veldfout(
                    "cohort", "cohort.ongeldig", "Kies een cohort vanaf 2022, het jaar van de Wet inburgering 2021."));
        }
        String gemeente = Tenant.vereist().waarde();
        Mac hmac = hmac(lezer.sleutel(gemeente));
        StringBuilder csv = new StringBuilder(String.join(";", KOLOMMEN)).append("\r\n");
        List<Bsn> betrokkenen = new ArrayList<>();
        for (@Nullable Object[] rij : lezer.personen(gemeente, cohort)) {
            String bsn = String.valueOf(rij[0]).strip();
            betrokkenen.add(new Bsn(bsn));
            csv.append(HexFormat.of().formatHex(hmac.doFinal(bsn.getBytes(StandardCharsets.US_ASCII))));
            for (int k = 1; k < rij.length; k++) {
                csv.append(';').append(waarde(rij[k]));
            }
            csv.append("\r\n");
        }
        if (!betrokkenen.isEmpty()) {
            verwerkingslog.gelezen(Verwerkingsactiviteit.MONITORINGSET_AANLEVEREN, betrokkenen);
        }
        return csv.toString();
    }

    /** Where each cohort is now (aggregates of the own gemeente, not logged). */
    @Transactional(readOnly = true)
    public List<Cohortstand> cohortmonitoring() {
        vereisBeleid();
        return lezer.cohorten(Tenant.vereist().waarde()).stream()
                .map(r -> new Cohortstand((int) r[0], r[1], r[2], r[3], r[4], r[5]))
                .toList();
    }

    /** The pseudonym of a BSN under a key: lower-case hex of HMAC-SHA256 (64 characters). */
    public static String pseudoniem(byte[] sleutel, String bsn) {
        return HexFormat.of().formatHex(hmac(sleutel).doFinal(bsn.getBytes(StandardCharsets.US_ASCII)));
    }

    private static Mac hmac(byte[] sleutel) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(sleutel, "HmacSHA256"));
            return mac;
        } catch (GeneralSecurityException fout) {
            throw new IllegalStateException("HmacSHA256 ontbreekt", fout);
        }
    }

    private static String waarde(@Nullable Object waarde) {
        if (waarde == null) {
            return "";
        }
        if (waarde instanceof Boolean b) {
            return b ? "J" : "N";
        }
        return String.valueOf(waarde).replace(";", ",").replace("\r", " ").replace("\n", " ");
    }

    private static void vereisBeleid() {
        if (HuidigeGebruiker.vereist().rol() != Rol.BELEIDSMEDEWERKER) {
            throw new NietToegestaan("Alleen de beleidsmedewerker maakt de monitoring.");
        }
    }

    /**
     * One cohort (year the plicht started) now: every person counted once, in the furthest stage reached.
     *
     * @param geregistreerd persons only registered (no intake, no PIP yet)
     */
    public record Cohortstand(int cohort, long personen, long afgesloten, long afgerond, long inRoute, long inIntake) {

        public long geregistreerd() {
            return personen - afgesloten - afgerond - inRoute - inIntake;
        }
    }
}
