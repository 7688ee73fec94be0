package nl.openinburgering.werkvoorraad.web;

import org.jspecify.annotations.Nullable;

/**
 * A sortable column header of the list: its {@code aria-sort} state for screen readers and the
 * {@code sorteer} value its link asks for (the opposite direction when it is already the sorted column).
 */
record Sorteerkolom(
        String veld, String labelSleutel, @Nullable String ariaSort, String volgendeSorteer) {

    static Sorteerkolom van(String veld, String labelSleutel, String huidigeSorteer) {
        if (huidigeSorteer.equals(veld)) {
            return new Sorteerkolom(veld, labelSleutel, "ascending", "-" + veld);
        }
        if (huidigeSorteer.equals("-" + veld)) {
            return new Sorteerkolom(veld, labelSleutel, "descending", veld);
        }
        return new Sorteerkolom(veld, labelSleutel, null, veld);
    }
}
