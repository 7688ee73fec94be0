package nl.openinburgering.platform.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import nl.openinburgering.platform.Rol;

/**
 * The main navigation of the header, per role. The menu is decided here, once, so that the layout only
 * iterates and no template tests role names; the order is the order of the header.
 */
public final class Navigatie {

    /** One link of the menu: where it goes and the message key of its text. */
    public record Punt(String href, String berichtsleutel) {}

    private record Regel(Punt punt, Set<Rol> rollen) {}

    /** Everyone but the inburgeraar, whose own start is the portal ({@code /mijn}). */
    private static final Set<Rol> IEDEREEN = EnumSet.complementOf(EnumSet.of(Rol.INBURGERAAR));

    private static final Set<Rol> INBURGERAAR = EnumSet.of(Rol.INBURGERAAR);
    private static final Set<Rol> GEMEENTE = EnumSet.of(Rol.CONSULENT, Rol.TEAMLEIDER);

    private static final List<Regel> MENU = List.of(
            regel("/", "nav.start", IEDEREEN),
            regel("/inburgeraars", "nav.inburgeraars", GEMEENTE),
            regel("/inburgeraars/zoeken", "nav.zoeken", GEMEENTE),
            regel("/werkvoorraad", "nav.werkvoorraad", GEMEENTE),
            regel("/inburgeraars/nieuw", "nav.nieuw", EnumSet.of(Rol.CONSULENT)),
            regel("/beheer/verwerkingen", "nav.verwerkingen", EnumSet.of(Rol.FUNCTIONEEL_BEHEERDER)),
            regel("/beheer/huisstijl", "nav.huisstijl", EnumSet.of(Rol.FUNCTIONEEL_BEHEERDER)),
            regel("/beheer/pip-beleid", "nav.pipBeleid", EnumSet.of(Rol.FUNCTIONEEL_BEHEERDER)),
            regel("/beheer/aanwezigheid", "aanbieder.nav.beleid", EnumSet.of(Rol.FUNCTIONEEL_BEHEERDER)),
            regel("/aanbieders", "aanbieder.nav.aanbieders", GEMEENTE),
            regel("/aanbieder/deelnemers", "aanbieder.nav.deelnemers", EnumSet.of(Rol.AANBIEDER)),
            regel("/aanbieder/uren", "aanbieder.nav.uren", EnumSet.of(Rol.AANBIEDER)),
            regel("/planning", "nav.pvtPlanning", GEMEENTE),
            regel("/duo", "nav.duo", EnumSet.of(Rol.CONSULENT)),
            regel("/beheer/pvt-programma", "nav.pvtProgramma", EnumSet.of(Rol.FUNCTIONEEL_BEHEERDER, Rol.TEAMLEIDER)),
            regel("/beheer/map-budget", "nav.mapBudget", EnumSet.of(Rol.FUNCTIONEEL_BEHEERDER)),
            regel("/rapportages", "nav.rapportages", EnumSet.of(Rol.BELEIDSMEDEWERKER)),
            regel("/rapportages/halfjaar", "nav.halfjaar", EnumSet.of(Rol.BELEIDSMEDEWERKER)),
            regel("/rapportages/monitoring", "nav.monitoring", EnumSet.of(Rol.BELEIDSMEDEWERKER)),
            regel("/ontzorging/betaalrondes", "nav.betaalrondes", EnumSet.of(Rol.FINANCIELE_ADMINISTRATIE)),
            regel("/begeleidingen", "nav.begeleidingen", EnumSet.of(Rol.MAATSCHAPPELIJK_BEGELEIDER)),
            regel("/beheer/begeleiding", "nav.begeleidingBeheer", EnumSet.of(Rol.FUNCTIONEEL_BEHEERDER)),
            regel("/beheer/ontzorging", "nav.ontzorgingBeheer", EnumSet.of(Rol.FUNCTIONEEL_BEHEERDER)),
            regel("/beheer/handhaving", "nav.handhavingBeleid", EnumSet.of(Rol.FUNCTIONEEL_BEHEERDER)),
            regel("/beheer/regio", "nav.regio", EnumSet.of(Rol.FUNCTIONEEL_BEHEERDER)),
            regel(
                    "/begeleiding/verantwoording",
                    "nav.begeleidingVerantwoording",
                    EnumSet.of(Rol.BELEIDSMEDEWERKER, Rol.TEAMLEIDER)),
            regel("/begroting", "nav.begroting", EnumSet.of(Rol.BELEIDSMEDEWERKER)),
            regel("/beheer/begroting", "nav.begrotingBeheer", EnumSet.of(Rol.FUNCTIONEEL_BEHEERDER)),
            regel("/beheer/contractprijzen", "nav.contractprijzen", EnumSet.of(Rol.FUNCTIONEEL_BEHEERDER)),
            regel("/handhaving", "nav.handhaving", EnumSet.of(Rol.TEAMLEIDER)),
            regel("/beheer/duo", "nav.duoBeheer", EnumSet.of(Rol.FUNCTIONEEL_BEHEERDER)),
            regel("/beheer/meldingen", "nav.meldingen", EnumSet.of(Rol.FUNCTIONEEL_BEHEERDER)),
            regel("/mijn", "portaal.nav.overzicht", INBURGERAAR),
            regel("/mijn/berichten", "portaal.nav.berichten", INBURGERAAR),
            regel("/mijn/documenten", "portaal.nav.documenten", INBURGERAAR),
            regel("/mijn/inzage", "portaal.nav.inzage", INBURGERAAR));

    private Navigatie() {}

    /** Whether the header offers this role the quick search of inburgeraars (the roles that may open a file). */
    public static boolean snelZoeken(Rol rol) {
        return GEMEENTE.contains(rol);
    }

    /** The links a user with this role sees, in the order of the header. */
    public static List<Punt> voor(Rol rol) {
        return MENU.stream()
                .filter(regel -> regel.rollen().contains(rol))
                .map(Regel::punt)
                .toList();
    }

    private static Regel regel(String href, String berichtsleutel, Set<Rol> rollen) {
        return new Regel(new Punt(href, berichtsleutel), Set.copyOf(rollen));
    }
}
