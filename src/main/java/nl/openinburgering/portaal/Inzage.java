package nl.openinburgering.portaal;

import java.util.List;

import nl.openinburgering.platform.Verwerkingslog.Verwerkingsregel;

/**
 * The answer to the person's own inzageverzoek (AVG art. 15) in the portal: the data the gemeente holds in
 * the file (as the overview shows it, plus the registry's personal data) and the processing of them from the
 * processing log, with purpose and legal ground per activity.
 */
public record Inzage(
        String naam,
        String geboortedatum,
        String bsnGemaskeerd,
        List<Verwerkingsregel> verwerkingen,
        int aantalBerichten,
        int aantalDocumenten) {

    /** At most this many processing lines are shown; the full log is given on a written request. */
    public static final int MAXIMUM_REGELS = 200;
}
