package nl.openinburgering.rapportage;

import java.math.BigDecimal;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.openinburgering.handhaving.HandhavingBeheer;
import nl.openinburgering.handhaving.Kwartaalcijfers;
import nl.openinburgering.platform.Gebruiker;
import nl.openinburgering.platform.HuidigeGebruiker;
import nl.openinburgering.platform.Rol;
import nl.openinburgering.platform.Tenant;
import nl.openinburgering.rapportage.Halfjaarcijfers.Handhavingscijfers;
import nl.openinburgering.rapportage.internal.HalfjaarLezer;
import nl.openinburgering.rapportage.internal.HalfjaarLezer.Tellingen;
import nl.openinburgering.shared.NietToegestaan;
import nl.openinburgering.shared.OngeldigeInvoer;
import nl.openinburgering.shared.Veldfout;

/**
 * D10: the half-year report to the raad for the beleidsmedewerker of the user's gemeente. Aggregates only, so
 * no processing-log line; the enforcement figures come from module handhaving's facade, the rest from one
 * report read model ({@link HalfjaarLezer}, ADR 0007).
 */
@Service
public class HalfjaarRapportage {

    private final HalfjaarLezer lezer;
    private final HandhavingBeheer handhaving;
    private final ObjectProvider<Halfjaarbudget> budget;

    HalfjaarRapportage(HalfjaarLezer lezer, HandhavingBeheer handhaving, ObjectProvider<Halfjaarbudget> budget) {
        this.lezer = lezer;
        this.handhaving = handhaving;
        this.budget = budget;
    }

    /**
     * D10: the chosen half year with the one before it beside it, with the budget realisation of both half years
     * when a module provides it ({@link Halfjaarbudget}: module begroting, D6).
     */
    @Transactional(readOnly = true)
    public Halfjaarrapport rapport(Halfjaar periode) {
        Halfjaar vorige = periode.vorige();
        Halfjaarbudget bron = budget.getIfAvailable();
        return new Halfjaarrapport(
                cijfers(periode),
                cijfers(vorige),
                bron == null ? null : bron.tabel(periode, vorige).orElse(null));
    }

    /** D10: the figures of one half year (definitions on {@link HalfjaarLezer}). */
    @Transactional(readOnly = true)
    public Halfjaarcijfers cijfers(Halfjaar periode) {
        String gemeente = Tenant.vereist().waarde();
        Tellingen t = lezer.tellingen(gemeente, periode.vanaf(), periode.tot());
        Optional<Integer> taak = lezer.taakstelling(gemeente, periode.jaar(), periode.helft());
        return new Halfjaarcijfers(
                periode,
                taak.orElse(null),
                t.get(0),
                t.get(1),
                t.get(2),
                t.get(3),
                t.get(4),
                t.get(5),
                t.get(6),
                t.get(7),
                t.get(8),
                t.get(9),
                t.get(10),
                t.get(11),
                t.get(12),
                t.get(13),
                t.get(14),
                t.get(15),
                t.get(16),
                t.get(17),
                handhaving(periode));
    }

    /** The huisvestingstaakstelling set for the half year, if any. */
    @Transactional(readOnly = true)
    public Optional<Integer> taakstelling(Halfjaar periode) {
        return lezer.taakstelling(Tenant.vereist().waarde(), periode.jaar(), periode.helft());
    }

    /** D10: the beleidsmedewerker sets the huisvestingstaakstelling of a half year (0 to 100,000 persons). */
    @Transactional
    public void stelTaakstellingIn(Halfjaar periode, @org.jspecify.annotations.Nullable Integer aantal) {
        Gebruiker gebruiker = HuidigeGebruiker.vereist();
        if (gebruiker.rol() != Rol.BELEIDSMEDEWERKER) {
            throw new NietToegestaan("Alleen de beleidsmedewerker stelt de taakstelling in.");
        }
        if (aantal == null || aantal < 0 || aantal > 100_000) {
            throw new OngeldigeInvoer(new Veldfout(
                    "aantal", "aantal.ongeldig", "Vul de taakstelling in als een aantal personen van 0 tot 100.000."));
        }
        lezer.stelTaakstellingIn(
                Tenant.vereist().waarde(), periode.jaar(), periode.helft(), aantal, gebruiker.gebruikersnaam());
    }

    /** The two quarters of module handhaving added up. */
    private Handhavingscijfers handhaving(Halfjaar periode) {
        Kwartaalcijfers a = handhaving.kwartaal(periode.jaar(), periode.eersteKwartaal());
        Kwartaalcijfers b = handhaving.kwartaal(periode.jaar(), periode.eersteKwartaal() + 1);
        return new Handhavingscijfers(
                a.waarschuwingen() + b.waarschuwingen(),
                a.voornemens() + b.voornemens(),
                a.boetes() + b.boetes(),
                nulAls(a.bedrag()).add(nulAls(b.bedrag())));
    }

    private static BigDecimal nulAls(@org.jspecify.annotations.Nullable BigDecimal bedrag) {
        return bedrag == null ? BigDecimal.ZERO : bedrag;
    }
}
