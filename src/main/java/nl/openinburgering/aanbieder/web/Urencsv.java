package nl.openinburgering.aanbieder.web;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import nl.openinburgering.aanbieder.RuweUrenregel;
import nl.openinburgering.shared.OngeldigeInvoer;
import nl.openinburgering.shared.Veldfout;

/**
 * Reads hour lines from CSV: a header row {@code deelnameId,datum,soort,uren,aanwezig,verzuimreden}, then one
 * line each. A comma or (as Dutch spreadsheets write it) a semicolon separates the fields; the values need no
 * quotes, but quoted values are accepted (so a comma-separated file can hold {@code "2,5"} uren). Blank lines
 * are skipped.
 */
final class Urencsv {

    static final List<String> KOLOMMEN = List.of("deelnameId", "datum", "soort", "uren", "aanwezig", "verzuimreden");

    private Urencsv() {}

    static List<RuweUrenregel> lees(String tekst) {
        String[] regels = (tekst.startsWith("\uFEFF") ? tekst.substring(1) : tekst).split("\r?\n");
        int kop = 0;
        while (kop < regels.length && regels[kop].isBlank()) {
            kop++;
        }
        if (kop == regels.length) {
            throw new OngeldigeInvoer(new Veldfout("regels", "verplicht", "Het bestand bevat geen uurregels."));
        }
        char scheiding = regels[kop].contains(";") && !regels[kop].contains(",") ? ';' : ',';
        List<String> kolommen =
                splits(regels[kop], scheiding).stream().map(Urencsv::waarde).toList();
        if (kolommen.size() < 5 || kolommen.size() > 6 || !kolommen.equals(KOLOMMEN.subList(0, kolommen.size()))) {
            throw new OngeldigeInvoer(new Veldfout(
                    "regels",
                    "csv.kopregel",
                    "De eerste regel moet de kolomnamen bevatten: " + String.join(",", KOLOMMEN) + "."));
        }
        List<RuweUrenregel> gelezen = new ArrayList<>();
        for (int i = kop + 1; i < regels.length; i++) {
            if (regels[i].isBlank()) {
                continue;
            }
            String[] v = splits(regels[i], scheiding).toArray(String[]::new);
            gelezen.add(new RuweUrenregel(veld(v, 0), veld(v, 1), veld(v, 2), veld(v, 3), veld(v, 4), veld(v, 5)));
        }
        return gelezen;
    }

    /**
     * Splits one line at the separator outside quotes: a comma-separated file may quote a Dutch decimal comma
     * ({@code "2,5"}). The quotes stay on the value; {@link #waarde} removes them.
     */
    static List<String> splits(String regel, char scheiding) {
        List<String> velden = new ArrayList<>();
        StringBuilder veld = new StringBuilder();
        boolean binnenAanhalingstekens = false;
        for (int i = 0; i < regel.length(); i++) {
            char c = regel.charAt(i);
            if (c == '"') {
                binnenAanhalingstekens = !binnenAanhalingstekens;
                veld.append(c);
            } else if (c == scheiding && !binnenAanhalingstekens) {
                velden.add(veld.toString());
                veld.setLength(0);
            } else {
                veld.append(c);
            }
        }
        velden.add(veld.toString());
        return velden;
    }

    private static @Nullable String veld(String[] velden, int i) {
        return i < velden.length ? waarde(velden[i]) : null;
    }

    private static @Nullable String waarde(String ruw) {
        String v = ruw.strip();
        if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
            v = v.substring(1, v.length() - 1).replace("\"\"", "\"").strip();
        }
        return v.isEmpty() ? null : v;
    }
}
