package nl.openinburgering.werkvoorraad.web;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.openinburgering.platform.Gebruiker;
import nl.openinburgering.platform.Rol;

/**
 * One tab of the file's navigation under the person header: the overview, the parts intake, PIP, leerroute, PVT
 * and MAP, and the timeline. A tab is a link to the part's own page; the one of the current page carries
 * {@code aria-current="page"} (a navigation styled as tabs, not the WAI-ARIA tab widget, so each part keeps its
 * URL, works without JavaScript and opens in a new tab).
 *
 * @param sleutel the message key of its text
 * @param huidig  whether the current page is this part
 */
public record Dossiertab(String href, String sleutel, boolean huidig) {

    private record Deel(String pad, String sleutel, List<String> paden) {}

    private static final List<Deel> DELEN = List.of(
            new Deel("", "dossier.tab.overzicht", List.of("")),
            new Deel("/intake", "dossier.tab.intake", List.of("/intake")),
            new Deel("/pips", "dossier.tab.pip", List.of("/pips")),
            new Deel("/leerroute", "dossier.tab.leerroute", List.of("/leerroute", "/deelnames")),
            new Deel("/pvt", "dossier.tab.pvt", List.of("/pvt")),
            new Deel("/map", "dossier.tab.map", List.of("/map")),
            new Deel("/tijdlijn", "dossier.tab.tijdlijn", List.of("/tijdlijn")));

    /**
     * The tabs of the person's file for a user who may open every part (consulent, teamleider: the same roles that
     * {@code Toegangsregels} lets open each part's page); none for any other role.
     *
     * @param rest the path below {@code /inburgeraars/{id}}, empty on the file's own page
     */
    static List<Dossiertab> voor(UUID id, String rest, Optional<Gebruiker> gebruiker) {
        boolean magAlles = gebruiker
                .map(g -> g.rol() == Rol.CONSULENT || g.rol() == Rol.TEAMLEIDER)
                .orElse(false);
        if (!magAlles) {
            return List.of();
        }
        String basis = "/inburgeraars/" + id;
        return DELEN.stream()
                .map(d -> new Dossiertab(
                        basis + d.pad(),
                        d.sleutel(),
                        d.paden().stream()
                                .anyMatch(p ->
                                        p.isEmpty() ? rest.isEmpty() : rest.equals(p) || rest.startsWith(p + "/"))))
                .toList();
    }
}
