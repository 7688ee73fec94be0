package nl.openinburgering.rapportage.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import nl.openinburgering.rapportage.Rapporttabel;
import nl.openinburgering.rapportage.Rapporttabel.Rij;
import nl.openinburgering.rapportage.Rapporttabel.Soort;

/**
 * A horizontal bar chart of a report table, drawn on the server as SVG (no script, so it also goes into the
 * PDF): per row of counts one bar per period column. The chart is a picture of the table beside it, which
 * carries the numbers for screen readers; the SVG has {@code role="img"} and a title that says so.
 */
final class Staafdiagram {

    static final String[] KLEUREN = {"#154273", "#8fcae7"};
    private static final int BREEDTE = 480;
    private static final int LABELBREEDTE = 190;
    private static final int BALK = 14;

    private Staafdiagram() {}

    /** Valid XML (for the PDF as well as the page); an empty string when the table has no counts to draw. */
    static String svg(Rapporttabel tabel) {
        List<Integer> kolommen = new ArrayList<>();
        List<Rij> rijen = tabel.aantallen();
        if (rijen.isEmpty()) {
            return "";
        }
        for (int k = 0; k < tabel.kolommen().size() && kolommen.size() < KLEUREN.length; k++) {
            if (rijen.getFirst().soort(k) == Soort.AANTAL) {
                kolommen.add(k);
            }
        }
        double maximum = 1;
        for (Rij rij : rijen) {
            for (int k : kolommen) {
                maximum = Math.max(maximum, waarde(rij.waarden().get(k)));
            }
        }
        int rijhoogte = kolommen.size() * BALK + 10;
        int hoogte = 30 + rijen.size() * rijhoogte;
        StringBuilder s = new StringBuilder();
        String id = "grafiek-" + tabel.sleutel().toLowerCase(Locale.ROOT);
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"oi-grafiek\" role=\"img\" width=\"")
                .append(BREEDTE)
                .append("\" height=\"")
                .append(hoogte)
                .append("\" viewBox=\"0 0 ")
                .append(BREEDTE)
                .append(' ')
                .append(hoogte)
                .append("\" aria-labelledby=\"")
                .append(id)
                .append("-titel\" id=\"")
                .append(id)
                .append("\">");
        s.append("<title id=\"")
                .append(id)
                .append("-titel\">")
                .append(xml("Staafdiagram: " + tabel.titel() + ". De cijfers staan in de tabel ernaast."))
                .append("</title>");
        int x = 0;
        for (int i = 0; i < kolommen.size(); i++) {
            s.append("<rect x=\"")
                    .append(x)
                    .append("\" y=\"4\" width=\"12\" height=\"12\" fill=\"")
                    .append(KLEUREN[i])
                    .append("\"/>");
            s.append("<text x=\"")
                    .append(x + 16)
                    .append("\" y=\"14\" font-size=\"12\" fill=\"#1a1a1a\">")
                    .append(xml(tabel.kolommen().get(kolommen.get(i))))
                    .append("</text>");
            x += 170;
        }
        int y = 30;
        double schaal = (BREEDTE - LABELBREEDTE - 50) / maximum;
        for (Rij rij : rijen) {
            s.append("<text x=\"0\" y=\"")
                    .append(y + BALK)
                    .append("\" font-size=\"12\" fill=\"#1a1a1a\">")
                    .append(xml(afgekort(rij.label())))
                    .append("</text>");
            for (int i = 0; i < kolommen.size(); i++) {
                int k = kolommen.get(i);
                double w = waarde(rij.waarden().get(k));
                int by = y + i * BALK;
                s.append("<rect x=\"")
                        .append(LABELBREEDTE)
                        .append("\" y=\"")
                        .append(by)
                        .append("\" width=\"")
                        .append(String.format(Locale.ROOT, "%.1f", w * schaal))
                        .append("\" height=\"")
                        .append(BALK - 2)
                        .append("\" fill=\"")
                        .append(KLEUREN[i])
                        .append("\"/>");
                s.append("<text x=\"")
                        .append(String.format(Locale.ROOT, "%.1f", LABELBREEDTE + w * schaal + 4))
                        .append("\" y=\"")
                        .append(by + BALK - 3)
                        .append("\" font-size=\"11\" fill=\"#1a1a1a\">")
                        .append(xml(rij.tekst(k)))
                        .append("</text>");
            }
            y += rijhoogte;
        }
        return s.append("</svg>").toString();
    }

    private static double waarde(@Nullable BigDecimal getal) {
        return getal == null ? 0 : Math.max(0, getal.doubleValue());
    }

    private static String afgekort(String label) {
        return label.length() <= 30 ? label : label.substring(0, 29) + "…";
    }

    static String xml(String tekst) {
        return tekst.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
