package nl.openinburgering.portaal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.openinburgering.aanbieder.Aanwezigheid;
import nl.openinburgering.aanbieder.Urentotalen;
import nl.openinburgering.begeleiding.Partnercontact;
import nl.openinburgering.leerroute.Examenresultaat;
import nl.openinburgering.pip.Pip;
import nl.openinburgering.platform.Huisstijl;
import nl.openinburgering.shared.Leerroute;

/**
 * Everything the person's start page shows, read once: the plan (the current vastgesteld PIP, if any), the
 * deadlines with what to do, the appointments, the hours and attendance as the providers reported them, the
 * exam results, the consulent to contact, and the letters.
 *
 * @param pip the current vastgesteld PIP; its id is the letter's id in {@code /mijn/brieven/{pipId}.pdf}
 * @param consulent the account name of the responsible consulent, empty while nobody is assigned
 * @param begeleiding the partner organisation of a running maatschappelijke begeleiding and how to reach it
 */
public record MijnOverzicht(
        UUID inburgeraarId,
        String voornamen,
        Huisstijl gemeente,
        Optional<Leerroute> leerroute,
        Optional<String> niveau,
        Optional<Pip> pip,
        List<Termijn> termijnen,
        List<Afspraak> afspraken,
        Urentotalen uren,
        List<Aanwezigheid> aanwezigheid,
        List<Examenresultaat> examens,
        Optional<String> consulent,
        List<Bericht> berichten,
        List<Portaaldocument> documenten,
        Optional<String> email,
        Optional<Partnercontact> begeleiding) {}
