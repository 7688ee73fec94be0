package nl.openinburgering.ontzorging.internal;

import java.util.stream.Collectors;

import nl.openinburgering.ontzorging.Bedrag;
import nl.openinburgering.ontzorging.Betaalregel;
import nl.openinburgering.ontzorging.Betaalronde;

/**
 * A payment run as CSV (semicolon-separated, as Dutch spreadsheets open it): every line, the corrections too,
 * with the amounts as decimals with a point. Cells that a spreadsheet would read as a formula are quoted
 * with a leading apostrophe.
 */
public final class BetaalrondeCsv {

    private BetaalrondeCsv() {}

    public static String van(Betaalronde ronde) {
        String kop = "maand;soort;kostensoort;persoon;crediteur;iban;kenmerk;bedrag;overboeking\r\n";
        return kop + ronde.regels().stream().map(BetaalrondeCsv::regel).collect(Collectors.joining());
    }

    private static String regel(Betaalregel r) {
        return String.join(
                        ";",
                        r.maand().toString(),
                        r.soort().name(),
                        r.kostensoort().name(),
                        cel(r.persoon()),
                        cel(r.crediteurNaam()),
                        r.iban().waarde(),
                        cel(r.kenmerk() == null ? "" : r.kenmerk()),
                        Bedrag.decimaal(r.bedragInCenten()),
                        r.overboeking() ? "ja" : "nee")
                + "\r\n";
    }

    private static String cel(String waarde) {
        String veilig = !waarde.isEmpty() && "=+-@".indexOf(waarde.charAt(0)) >= 0 ? "'" + waarde : waarde;
        return "\"" + veilig.replace("\"", "\"\"") + "\"";
    }
}
