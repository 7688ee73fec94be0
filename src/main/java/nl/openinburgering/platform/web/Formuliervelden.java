package nl.openinburgering.platform.web;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Which form field shows a finding about a domain field. A form may name a field differently from the domain
 * (ids must be unique on a page with several forms), and a finding about a field the form does not have goes
 * to the field where the user can act on it ({@code standaard}); without one it keeps its own name.
 *
 * @param volgorde the form's fields in form order, so the error summary reads top to bottom; may be empty
 */
public record Formuliervelden(
        Map<String, String> hernoemd, @Nullable String standaard, List<String> volgorde) {

    public Formuliervelden {
        hernoemd = Map.copyOf(hernoemd);
        volgorde = List.copyOf(volgorde);
    }

    /** The form uses the domain's field names. */
    public static Formuliervelden zelfde() {
        return new Formuliervelden(Map.of(), null, List.of());
    }

    /** Some fields named differently; the others keep the domain's name. */
    public static Formuliervelden hernoemd(Map<String, String> hernoemd) {
        return new Formuliervelden(hernoemd, null, List.of());
    }

    /** Some fields named differently; a finding about any other field goes to {@code standaard}. */
    public static Formuliervelden van(Map<String, String> hernoemd, @Nullable String standaard) {
        return new Formuliervelden(hernoemd, standaard, List.of());
    }

    /** Every finding goes to the one field of a small form. */
    public static Formuliervelden alles(String veld) {
        return van(Map.of(), veld);
    }

    public Formuliervelden inVolgorde(List<String> velden) {
        return new Formuliervelden(hernoemd, standaard, velden);
    }

    /** A finding about one item of a list ({@code inburgeraarIds[2]}) belongs to the list's field. */
    String formulierveld(String domeinveld) {
        int index = domeinveld.indexOf('[');
        String lijstveld = index > 0 ? domeinveld.substring(0, index) : domeinveld;
        String veld = hernoemd.getOrDefault(domeinveld, hernoemd.get(lijstveld));
        if (veld != null) {
            return veld;
        }
        return standaard == null ? lijstveld : standaard;
    }
}
