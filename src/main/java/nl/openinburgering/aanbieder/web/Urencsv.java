package nl.openinburgering.aanbieder.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import nl.openinburgering.aanbieder.RuweUrenregel;
import nl.openinburgering.shared.OngeldigeInvoer;
import nl.openinburgering.shared.Veldfout;

/**
 * Reads hour lines from CSV: a header row {@code deelnameId,datum,soort,uren,aanwezig,verzuimreden}, then one
 * line each. A comma or (as Dutch spreadsheets write it) a semicolon separates the fields; the values need no
 * quotes, but quoted values are accepted. Blank lines are skipped.
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
        String scheiding = regels[kop].contains(";") && !regels[kop].contains(",") ? ";" : ",";
        List<String> kolommen = Arrays.stream(regels[kop].split(scheiding, -1))
                .map(Urencsv::waarde)
                .toList();
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
            String[] v = regels[i].split(scheiding, -1);
            gelezen.add(new RuweUrenregel(veld(v, 0), veld(v, 1), veld(v, 2), veld(v, 3), veld(v, 4), veld(v, 5)));
        }
        return gelezen;
    }

    private static String veld(String[] velden, int i) {
        return i < velden.length ? waarde(velden[i]) : null;
    }

    private static String waarde(String ruw) {
        String v = ruw.strip();
        if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
            v = v.substring(1, v.length() - 1).replace("\"\"", "\"").strip();
        }
        return v.isEmpty() ? null : v;
    }
}
