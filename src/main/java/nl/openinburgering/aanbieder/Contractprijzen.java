package nl.openinburgering.aanbieder;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.openinburgering.aanbieder.internal.ContractprijsOpslag;
import nl.openinburgering.platform.HuidigeGebruiker;
import nl.openinburgering.platform.Rol;
import nl.openinburgering.platform.Tenant;
import nl.openinburgering.shared.Leerroute;
import nl.openinburgering.shared.NietGevonden;
import nl.openinburgering.shared.NietToegestaan;
import nl.openinburgering.shared.OngeldigeInvoer;
import nl.openinburgering.shared.Veldfout;

/**
 * The prices of the gemeente's contracts (D6, D8): per contracted provider, kind of deelname and, for a leerroute,
 * route. A setting of the functioneel beheerder; the begroting reads the prices and the starts of deelnames to know
 * what the gemeente committed. No personal data, so nothing for the processing log.
 */
@Service
@Transactional
public class Contractprijzen {

    private final ContractprijsOpslag opslag;
    private final AanbiederRegister aanbieders;

    Contractprijzen(ContractprijsOpslag opslag, AanbiederRegister aanbieders) {
        this.opslag = opslag;
        this.aanbieders = aanbieders;
    }

    /** The gemeente's prices, by provider, kind and route. */
    @Transactional(readOnly = true)
    public List<Contractprijs> prijzen() {
        return opslag.prijzen(gemeente());
    }

    /**
     * D8: the functioneel beheerder sets the price of a contract for a kind (and route, for a leerroute). The provider
     * must be contracted by the gemeente and offer the kind; a price is 0 or more euros with at most two decimals.
     */
    public Contractprijs stelIn(
            UUID aanbiederId, @Nullable Deelnamesoort soort, @Nullable Leerroute route, @Nullable BigDecimal prijs) {
        if (HuidigeGebruiker.vereist().rol() != Rol.FUNCTIONEEL_BEHEERDER) {
            throw new NietToegestaan("Deze handeling hoort niet bij uw rol.");
        }
        Aanbieder aanbieder =
                aanbieders.gecontracteerdeAanbieder(aanbiederId).orElseThrow(() -> new NietGevonden("Aanbieder"));
        List<Veldfout> fouten = new ArrayList<>();
        if (soort == null) {
            fouten.add(new Veldfout("soort", "verplicht", "Kies de soort deelname."));
        } else if (soort == Deelnamesoort.LEERROUTE_ZELFBETAALD) {
            fouten.add(new Veldfout(
                    "soort", "R2.9", "Een zelf betaalde leerroute koopt de gemeente niet in: die heeft geen prijs."));
        } else if (!aanbieder.biedt(soort.aanbiedersoort())) {
            fouten.add(new Veldfout("soort", "aanbieder.soort", "Deze aanbieder biedt deze soort deelname niet aan."));
        }
        if (soort == Deelnamesoort.LEERROUTE && route == null) {
            fouten.add(new Veldfout(
                    "leerroute", "verplicht", "Kies de leerroute: een leerroute heeft een prijs per route."));
        }
        if (soort != null && !soort.isTaal() && route != null) {
            fouten.add(new Veldfout("leerroute", "leerroute.nvt", "Alleen een leerroute heeft een prijs per route."));
        }
        if (prijs == null
                || prijs.signum() < 0
                || prijs.stripTrailingZeros().scale() > 2
                || prijs.compareTo(BigDecimal.valueOf(1_000_000)) > 0) {
            fouten.add(new Veldfout(
                    "prijs", "bedrag.ongeldig", "Vul een prijs in van 0 tot 1.000.000 euro, zoals 10000,00."));
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
        Contractprijs nieuw = new Contractprijs(
                aanbiederId,
                aanbieder.naam(),
                Objects.requireNonNull(soort),
                Optional.ofNullable(route),
                Objects.requireNonNull(prijs).movePointRight(2).longValueExact());
        opslag.bewaar(gemeente(), nieuw, HuidigeGebruiker.vereist().gebruikersnaam());
        return nieuw;
    }

    /**
     * The deelnames of the gemeente that start on or after {@code vanaf} and before {@code tot}; ids only. R2.9: a
     * self-paid leerroute ({@link Deelnamesoort#LEERROUTE_ZELFBETAALD}) costs the gemeente nothing and is left out.
     */
    @Transactional(readOnly = true)
    public List<DeelnameStart> starts(LocalDate vanaf, LocalDate tot) {
        return opslag.starts(gemeente(), vanaf, tot);
    }

    private static String gemeente() {
        return Tenant.vereist().waarde();
    }
}
