package nl.openinburgering.portaal.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import nl.openinburgering.portaal.PortaalBerichten;
import nl.openinburgering.shared.Vandaag;
import nl.openinburgering.werkvoorraad.Dossieroverzicht.Gebeurtenis;
import nl.openinburgering.werkvoorraad.Dossieroverzicht.Soort;
import nl.openinburgering.werkvoorraad.Tijdlijnbron;

/**
 * The portal messages between the person and the gemeente in the file's timeline, each linking to the messages
 * page of the file. It lives here, not in werkvoorraad, for the same reason as {@link BerichtSignalen}: the portal
 * already depends on werkvoorraad. Read through {@link PortaalBerichten#berichten}, which logs the read.
 */
@Component
class BerichtenInTijdlijn implements Tijdlijnbron {

    private final PortaalBerichten berichten;

    BerichtenInTijdlijn(PortaalBerichten berichten) {
        this.berichten = berichten;
    }

    @Override
    public List<Gebeurtenis> gebeurtenissen(UUID inburgeraarId) {
        String pagina = "/inburgeraars/" + inburgeraarId + "/berichten";
        return berichten.berichten(inburgeraarId).stream()
                .map(b -> new Gebeurtenis(
                        LocalDate.ofInstant(b.verzondenOp(), Vandaag.NEDERLAND),
                        Soort.BERICHT,
                        "dossier.tijdlijn.bericht." + b.richting().name(),
                        List.of(b.onderwerp(), b.afzender()),
                        Optional.of(pagina)))
                .toList();
    }
}
