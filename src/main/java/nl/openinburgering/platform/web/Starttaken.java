package nl.openinburgering.platform.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import nl.openinburgering.platform.Rol;

/**
 * The task links of the start page, per role, decided here so that {@code start.html} only iterates. A role
 * without tasks gets an empty list and the page says so.
 */
public final class Starttaken {

    private record Regel(Navigatie.Punt punt, Set<Rol> rollen) {}

    private static final Set<Rol> GEMEENTE = EnumSet.of(Rol.CONSULENT, Rol.TEAMLEIDER);

    private static final List<Regel> TAKEN = List.of(
            regel("/inburgeraars", "start.taak.overzicht", GEMEENTE),
            regel("/inburgeraars/zoeken", "start.taak.zoeken", GEMEENTE),
            regel("/inburgeraars/nieuw", "start.taak.nieuw", EnumSet.of(Rol.CONSULENT)),
            regel("/beheer/verwerkingen", "start.taak.verwerkingen", EnumSet.of(Rol.FUNCTIONEEL_BEHEERDER)),
            regel("/beheer/meldingen", "start.taak.meldingen", EnumSet.of(Rol.FUNCTIONEEL_BEHEERDER)),
            regel("/rapportages", "start.taak.rapportages", EnumSet.of(Rol.BELEIDSMEDEWERKER)),
            regel("/rapportages/halfjaar", "start.taak.halfjaar", EnumSet.of(Rol.BELEIDSMEDEWERKER)),
            regel("/rapportages/monitoring", "start.taak.monitoring", EnumSet.of(Rol.BELEIDSMEDEWERKER)),
            regel("/aanbieder/deelnemers", "aanbieder.start.deelnemers", EnumSet.of(Rol.AANBIEDER)),
            regel("/aanbieder/uren", "aanbieder.start.uren", EnumSet.of(Rol.AANBIEDER)),
            regel("/ontzorging/betaalrondes", "start.taak.betaalrondes", EnumSet.of(Rol.FINANCIELE_ADMINISTRATIE)),
            regel("/begeleidingen", "start.taak.begeleidingen", EnumSet.of(Rol.MAATSCHAPPELIJK_BEGELEIDER)),
            regel(
                    "/begeleiding/verantwoording",
                    "start.taak.begeleidingVerantwoording",
                    EnumSet.of(Rol.BELEIDSMEDEWERKER, Rol.TEAMLEIDER)),
            regel("/begroting", "start.taak.begroting", EnumSet.of(Rol.BELEIDSMEDEWERKER)));

    private Starttaken() {}

    /** The tasks a user with this role sees on the start page, in the order of the page. */
    public static List<Navigatie.Punt> voor(Rol rol) {
        return TAKEN.stream()
                .filter(regel -> regel.rollen().contains(rol))
                .map(Regel::punt)
                .toList();
    }

    private static Regel regel(String href, String berichtsleutel, Set<Rol> rollen) {
        return new Regel(new Navigatie.Punt(href, berichtsleutel), Set.copyOf(rollen));
    }
}
