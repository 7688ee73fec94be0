package nl.openinburgering.handhaving.web;

import java.util.List;

import nl.openinburgering.handhaving.Boeteregel;

/**
 * R9.5 follow-up: the imposed fines as CSV for the debiteurenadministratie: reference, BSN, name and address of the
 * debtor, ground, date of the decision, amount in euros with a decimal point, payment state. Semicolon-separated
 * (Dutch spreadsheets), every text field quoted.
 */
final class Boeteexport {

    static final String KOP = "kenmerk;bsn;naam;adres;grond;besluitdatum;bedrag;betaalstatus";

    private Boeteexport() {}

    static String csv(List<Boeteregel> regels) {
        StringBuilder csv = new StringBuilder(KOP).append("\r\n");
        for (Boeteregel r : regels) {
            csv.append(String.join(
                            ";",
                            tekst(r.kenmerk()),
                            tekst(r.bsn()),
                            tekst(r.naam()),
                            tekst(r.adres()),
                            r.grond().name(),
                            r.besluitDatum().toString(),
                            r.bedrag().setScale(2).toPlainString(),
                            r.betaalstatus().name()))
                    .append("\r\n");
        }
        return csv.toString();
    }

    /** Quoted, with quotes doubled; a leading formula character is neutralised against CSV injection. */
    private static String tekst(String waarde) {
        String veilig = waarde.matches("^[=+\\-@].*") ? "'" + waarde : waarde;
        return "\"" + veilig.replace("\"", "\"\"") + "\"";
    }
}
