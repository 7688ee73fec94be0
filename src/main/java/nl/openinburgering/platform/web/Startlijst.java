package nl.openinburgering.platform.web;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One list of the start page: a title (message key), its lines, the text when it is empty (message key), and
 * optionally a link to the whole list elsewhere.
 *
 * @param id          the HTML id of the section, unique on the page
 * @param meer        where the whole list is, with the message key of the link text
 */
public record Startlijst(
        String id, String titelsleutel, List<Startregel> regels, String leegsleutel, Optional<Navigatie.Punt> meer) {

    public Startlijst {
        Objects.requireNonNull(id);
        Objects.requireNonNull(titelsleutel);
        regels = List.copyOf(regels);
        Objects.requireNonNull(leegsleutel);
        Objects.requireNonNull(meer);
    }

    /**
     * One line: a name with a link (the person's file, or the consulent's list), what to do with a link to the
     * page where it is done, and a short explanation (the date, how late). Texts are final, not message keys.
     *
     * @param actie     empty when there is nothing to do on another page
     * @param dringend  shown as overdue (text and colour)
     */
    public record Startregel(String naam, String naamHref, String toelichting, Optional<Link> actie, boolean dringend) {

        public Startregel {
            Objects.requireNonNull(naam);
            Objects.requireNonNull(naamHref);
            Objects.requireNonNull(toelichting);
            Objects.requireNonNull(actie);
        }
    }

    /** A link with its final text (not a message key). */
    public record Link(String tekst, String href) {}
}
