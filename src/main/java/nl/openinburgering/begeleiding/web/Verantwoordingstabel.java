package nl.openinburgering.begeleiding.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import nl.openinburgering.begeleiding.Kwartaalcijfers;
import nl.openinburgering.begeleiding.Onderwerp;
import nl.openinburgering.begeleiding.Verantwoording;

/**
 * The accountability as one table, the same for the CSV and the Excel export: a header and one row per quarter,
 * each cell a text or a number, in the order of the page.
 */
public record Verantwoordingstabel(List<String> kop, List<List<Object>> rijen) {

    static Verantwoordingstabel van(Verantwoording v) {
        List<String> kop = new ArrayList<>(List.of(
                "Kwartaal",
                "Personen begeleid",
                "Trajecten gestart",
                "Uren",
                "Contactmomenten",
                "Kosten",
                "Kosten tot en met kwartaal",
                "Subsidie resterend"));
        for (Onderwerp onderwerp : Onderwerp.values()) {
            kop.add("Contactmomenten " + onderwerp.omschrijving().toLowerCase(Locale.ROOT));
            kop.add("Uren " + onderwerp.omschrijving().toLowerCase(Locale.ROOT));
        }
        List<List<Object>> rijen = new ArrayList<>();
        for (Kwartaalcijfers k : v.kwartalen()) {
            List<Object> rij = new ArrayList<>(List.of(
                    v.jaar() + "-Q" + k.kwartaal(),
                    k.begeleid(),
                    k.gestart(),
                    k.uren(),
                    k.aantalContactmomenten(),
                    k.kosten(),
                    k.kostenTotNu(),
                    k.resterend()));
            for (Onderwerp onderwerp : Onderwerp.values()) {
                rij.add(k.contactmomenten().getOrDefault(onderwerp, 0L));
                rij.add(k.urenPerOnderwerp().getOrDefault(onderwerp, BigDecimal.ZERO));
            }
            rijen.add(rij);
        }
        return new Verantwoordingstabel(List.copyOf(kop), List.copyOf(rijen));
    }

    /** The rows as the page and the CSV show them: amounts and hours with two decimals. */
    public List<List<String>> tekstrijen() {
        return rijen.stream()
                .map(rij -> rij.stream().map(Verantwoordingstabel::tekst).toList())
                .toList();
    }

    /** CSV with a semicolon (Dutch spreadsheets) and a point as the decimal sign, as the Urencsv of the providers. */
    String csv() {
        StringBuilder csv = new StringBuilder();
        csv.append(String.join(";", kop.stream().map(Verantwoordingstabel::veld).toList()))
                .append("\r\n");
        for (List<Object> rij : rijen) {
            csv.append(String.join(
                            ";",
                            rij.stream()
                                    .map(Verantwoordingstabel::tekst)
                                    .map(Verantwoordingstabel::veld)
                                    .toList()))
                    .append("\r\n");
        }
        return csv.toString();
    }

    static String tekst(Object cel) {
        return cel instanceof BigDecimal getal
                ? getal.setScale(2, RoundingMode.HALF_UP).toPlainString()
                : String.valueOf(cel);
    }

    private static String veld(String tekst) {
        return tekst.contains(";") || tekst.contains("\"") ? "\"" + tekst.replace("\"", "\"\"") + "\"" : tekst;
    }
}
