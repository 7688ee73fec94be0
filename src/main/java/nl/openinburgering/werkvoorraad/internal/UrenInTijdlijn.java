package nl.openinburgering.werkvoorraad.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import nl.openinburgering.aanbieder.UrenOverzicht;
import nl.openinburgering.shared.Vandaag;
import nl.openinburgering.werkvoorraad.Dossieroverzicht.Gebeurtenis;
import nl.openinburgering.werkvoorraad.Dossieroverzicht.Soort;
import nl.openinburgering.werkvoorraad.Tijdlijnbron;

/**
 * The hours uploads in the file's timeline (R4.7): per upload that holds lines of this person, the provider, the
 * day it came in, and the number of lines and hours of this person only (never another person's lines of the
 * same upload). Read through {@link UrenOverzicht#leveringen}, which logs the read.
 */
@Component
class UrenInTijdlijn implements Tijdlijnbron {

    private final UrenOverzicht uren;

    UrenInTijdlijn(UrenOverzicht uren) {
        this.uren = uren;
    }

    @Override
    public List<Gebeurtenis> gebeurtenissen(UUID inburgeraarId) {
        String leerroute = "/inburgeraars/" + inburgeraarId + "/leerroute";
        return uren.leveringen(inburgeraarId).stream()
                .map(l -> new Gebeurtenis(
                        LocalDate.ofInstant(l.ingediendOp(), Vandaag.NEDERLAND),
                        Soort.UREN,
                        "dossier.tijdlijn.uren",
                        List.of(
                                l.aanbieder(),
                                String.valueOf(l.regels()),
                                l.urenAanwezig().stripTrailingZeros().toPlainString(),
                                l.urenGemeld().stripTrailingZeros().toPlainString()),
                        Optional.of(leerroute)))
                .toList();
    }
}
