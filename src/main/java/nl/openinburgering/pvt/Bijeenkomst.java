package nl.openinburgering.pvt;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import nl.openinburgering.shared.MapThema;
import nl.openinburgering.shared.OngeldigeInvoer;
import nl.openinburgering.shared.Veldfout;

/**
 * A planned session of a group: when, where, about what, how many hours it counts for (R5.2), whether it is an
 * activity or excursion (R5.3), the MAP theme of a MAP session (R6.2), and who gives it: a provider
 * ({@code aanbiederId}) or, when empty, the gemeente's own staff.
 */
public record Bijeenkomst(
        UUID id,
        UUID groepId,
        LocalDate datum,
        LocalTime begintijd,
        LocalTime eindtijd,
        String plaats,
        String onderwerp,
        BigDecimal uren,
        boolean activiteit,
        Optional<MapThema> mapThema,
        Optional<UUID> aanbiederId,
        boolean aanwezigheidGeregistreerd) {

    /**
     * Plans a session of the group. R6.2: a MAP session names its theme, a PVT session none (see
     * {@link NieuweBijeenkomst#fouten}); D8: a session given by a provider needs a provider contracted by the
     * gemeente ({@code aanbiederGecontracteerd}), otherwise own staff.
     */
    public static Bijeenkomst plannen(Groep groep, NieuweBijeenkomst invoer, boolean aanbiederGecontracteerd) {
        List<Veldfout> fouten = invoer.fouten(groep.programma());
        if (invoer.aanbiederId() != null && !aanbiederGecontracteerd) {
            fouten.add(
                    new Veldfout(
                            "aanbiederId",
                            "aanbieder.onbekend",
                            "Deze aanbieder heeft geen contract met uw gemeente; kies een gecontracteerde aanbieder of eigen medewerkers."));
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
        // NieuweBijeenkomst.fouten refused every missing value above, so none of these is null here.
        return new Bijeenkomst(
                UUID.randomUUID(),
                groep.id(),
                Objects.requireNonNull(invoer.datum()),
                Objects.requireNonNull(invoer.begintijd()),
                Objects.requireNonNull(invoer.eindtijd()),
                Objects.requireNonNull(invoer.plaats()).strip(),
                Objects.requireNonNull(invoer.onderwerp()).strip(),
                Objects.requireNonNull(invoer.uren()),
                invoer.activiteit(),
                Optional.ofNullable(invoer.mapThema()),
                Optional.ofNullable(invoer.aanbiederId()),
                false);
    }

    /**
     * The attendance of the whole group at this session: the members named are present, the other members
     * absent. A session in the future has no attendance yet; only members can be present.
     */
    public AanwezigheidGeregistreerd registreerAanwezigheid(
            String gemeentecode, Collection<UUID> leden, Collection<UUID> aanwezig, LocalDate vandaag) {
        List<Veldfout> fouten = new ArrayList<>();
        if (datum.isAfter(vandaag)) {
            fouten.add(new Veldfout(
                    "aanwezig",
                    "bijeenkomst.toekomst",
                    "Deze bijeenkomst is nog niet geweest; registreer de aanwezigheid op of na de datum."));
        }
        if (!leden.containsAll(aanwezig)) {
            fouten.add(new Veldfout("aanwezig", "geen.groepslid", "Alleen leden van de groep kunnen aanwezig zijn."));
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
        Set<UUID> afwezig = new LinkedHashSet<>(leden);
        afwezig.removeAll(aanwezig);
        return new AanwezigheidGeregistreerd(id, groepId, gemeentecode, Set.copyOf(aanwezig), Set.copyOf(afwezig));
    }
}
