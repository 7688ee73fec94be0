package nl.openinburgering.begeleiding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.openinburgering.begeleiding.internal.BegeleidingOpslag;
import nl.openinburgering.begeleiding.internal.VerantwoordingOpslag;
import nl.openinburgering.platform.HuidigeGebruiker;
import nl.openinburgering.platform.Rol;
import nl.openinburgering.platform.Tenant;
import nl.openinburgering.shared.NietGevonden;
import nl.openinburgering.shared.NietToegestaan;
import nl.openinburgering.shared.OngeldigeInvoer;
import nl.openinburgering.shared.Veldfout;

/**
 * The accountability per partner organisation for the gemeente (beleidsmedewerker, teamleider): per quarter the
 * people guided, the hours, the subjects and the cost against the year's subsidy (R8.2). Aggregates only, so no
 * processing-log line, as in module rapportage. The subsidy per partner per year is a setting of the
 * functioneel beheerder.
 */
@Service
@Transactional
public class VerantwoordingBeheer {

    private static final Set<Rol> LEZERS = EnumSet.of(Rol.BELEIDSMEDEWERKER, Rol.TEAMLEIDER);

    private final VerantwoordingOpslag opslag;
    private final BegeleidingOpslag begeleiding;

    VerantwoordingBeheer(VerantwoordingOpslag opslag, BegeleidingOpslag begeleiding) {
        this.opslag = opslag;
        this.begeleiding = begeleiding;
    }

    /** The accountability of one partner of the gemeente for one year; a partner of another gemeente: 404. */
    @Transactional(readOnly = true)
    public Verantwoording verantwoording(UUID partnerId, int jaar) {
        vereisRol(LEZERS);
        Partner partner = partner(partnerId);
        Optional<Subsidie> subsidie = opslag.subsidie(gemeente(), partnerId, jaar);
        Subsidie s = subsidie.orElse(Subsidie.GEEN);
        List<Kwartaalcijfers> kwartalen = new ArrayList<>();
        BigDecimal totNu = BigDecimal.ZERO;
        for (int kwartaal = 1; kwartaal <= 4; kwartaal++) {
            LocalDate vanaf = LocalDate.of(jaar, 3 * kwartaal - 2, 1);
            LocalDate tot = vanaf.plusMonths(3);
            long gestart = opslag.gestart(gemeente(), partnerId, vanaf, tot);
            Map<Onderwerp, Map.Entry<Long, BigDecimal>> per = opslag.perOnderwerp(gemeente(), partnerId, vanaf, tot);
            Map<Onderwerp, Long> aantallen = new EnumMap<>(Onderwerp.class);
            Map<Onderwerp, BigDecimal> uren = new EnumMap<>(Onderwerp.class);
            for (Onderwerp onderwerp : Onderwerp.values()) {
                Map.Entry<Long, BigDecimal> cijfer = per.getOrDefault(onderwerp, Map.entry(0L, BigDecimal.ZERO));
                aantallen.put(onderwerp, cijfer.getKey());
                uren.put(onderwerp, cijfer.getValue());
            }
            BigDecimal kosten = s.bedragPerTraject().multiply(BigDecimal.valueOf(gestart));
            totNu = totNu.add(kosten);
            kwartalen.add(new Kwartaalcijfers(
                    kwartaal,
                    opslag.begeleid(gemeente(), partnerId, vanaf, tot),
                    gestart,
                    uren.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add),
                    aantallen,
                    uren,
                    kosten,
                    totNu,
                    s.bedrag().subtract(totNu)));
        }
        return new Verantwoording(partner, jaar, subsidie, kwartalen);
    }

    /** The partners of the gemeente, to choose from. */
    @Transactional(readOnly = true)
    public List<Partner> partners() {
        return begeleiding.partners(gemeente());
    }

    /** The functioneel beheerder sets a partner's subsidy and amount per traject for a year (R8.2). */
    public void stelSubsidieIn(
            UUID partnerId, int jaar, @Nullable BigDecimal bedrag, @Nullable BigDecimal bedragPerTraject) {
        vereisRol(EnumSet.of(Rol.FUNCTIONEEL_BEHEERDER));
        partner(partnerId);
        List<Veldfout> fouten = new ArrayList<>();
        if (jaar < 2021 || jaar > 2100) {
            fouten.add(new Veldfout("jaar", "jaar.ongeldig", "Vul een jaar in vanaf 2021."));
        }
        if (bedrag == null || bedrag.signum() < 0 || bedrag.scale() > 2) {
            fouten.add(new Veldfout("bedrag", "bedrag.ongeldig", "Vul een bedrag in van 0 of meer, zoals 60000."));
        }
        if (bedragPerTraject == null || bedragPerTraject.signum() < 0 || bedragPerTraject.scale() > 2) {
            fouten.add(new Veldfout(
                    "bedragPerTraject", "bedrag.ongeldig", "Vul een bedrag per traject in van 0 of meer, zoals 2370."));
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
        opslag.stelSubsidieIn(
                gemeente(),
                partnerId,
                jaar,
                new Subsidie(Objects.requireNonNull(bedrag), Objects.requireNonNull(bedragPerTraject)),
                HuidigeGebruiker.vereist().gebruikersnaam());
    }

    private Partner partner(UUID partnerId) {
        return partners().stream()
                .filter(p -> p.id().equals(partnerId))
                .findFirst()
                .orElseThrow(() -> new NietGevonden("Begeleidingspartner"));
    }

    private static void vereisRol(Set<Rol> rollen) {
        if (!rollen.contains(HuidigeGebruiker.vereist().rol())) {
            throw new NietToegestaan("Deze handeling hoort niet bij uw rol.");
        }
    }

    private static String gemeente() {
        return Tenant.vereist().waarde();
    }
}
