package nl.openinburgering.werkvoorraad.web;

import java.util.ArrayList;
import java.util.List;

/**
 * A horizontal bar chart drawn server-side as SVG: labels on the left, bars (stacked segments) scaled to the
 * largest total, the value as text after each bar. Colours come from CSS classes; the numbers are also in the
 * data table beside the chart, so nothing depends on seeing colour.
 */
public record Staafdiagram(String id, String titel, String beschrijving, List<Balk> balken) {

    static final int LABELBREEDTE = 190;
    static final int BALKRUIMTE = 360;
    static final int BALKHOOGTE = 24;
    static final int TUSSENRUIMTE = 10;

    public record Segment(int x, int breedte, String klasse) {}

    public record Balk(String label, String waarde, int y, List<Segment> segmenten) {

        public int tekstX() {
            return segmenten.isEmpty()
                    ? LABELBREEDTE + 6
                    : segmenten.getLast().x() + segmenten.getLast().breedte() + 6;
        }

        public int tekstY() {
            return y + BALKHOOGTE - 7;
        }
    }

    /** One input row: a label and its stacked values, each with its CSS class. */
    public record Rij(String label, String waarde, List<Long> waarden, List<String> klassen) {}

    static Staafdiagram van(String id, String titel, String beschrijving, List<Rij> rijen, long schaal) {
        long maximum = Math.max(1, schaal);
        List<Balk> balken = new ArrayList<>();
        int y = TUSSENRUIMTE;
        for (Rij rij : rijen) {
            List<Segment> segmenten = new ArrayList<>();
            int x = LABELBREEDTE;
            for (int i = 0; i < rij.waarden().size(); i++) {
                int breedte =
                        (int) Math.round(BALKRUIMTE * (double) rij.waarden().get(i) / maximum);
                if (breedte > 0) {
                    segmenten.add(new Segment(x, breedte, rij.klassen().get(i)));
                    x += breedte;
                }
            }
            balken.add(new Balk(rij.label(), rij.waarde(), y, segmenten));
            y += BALKHOOGTE + TUSSENRUIMTE;
        }
        return new Staafdiagram(id, titel, beschrijving, balken);
    }

    public int hoogte() {
        return TUSSENRUIMTE + balken.size() * (BALKHOOGTE + TUSSENRUIMTE);
    }

    public int breedte() {
        return LABELBREEDTE + BALKRUIMTE + 60;
    }

    public int balkhoogte() {
        return BALKHOOGTE;
    }
}
