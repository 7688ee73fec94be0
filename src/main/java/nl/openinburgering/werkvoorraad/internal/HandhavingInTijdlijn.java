package nl.openinburgering.werkvoorraad.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import nl.openinburgering.handhaving.HandhavingBeheer;
import nl.openinburgering.handhaving.Stap;
import nl.openinburgering.handhaving.Zaakgegevens;
import nl.openinburgering.werkvoorraad.Dossieroverzicht.Gebeurtenis;
import nl.openinburgering.werkvoorraad.Dossieroverzicht.Soort;
import nl.openinburgering.werkvoorraad.Tijdlijnbron;

/**
 * The handhaving letters in the file's timeline (R9.1, R9.2): the schriftelijke waarschuwing, the voornemen, and the
 * boetebeschikking or the besluit geen boete, each linking to its PDF on the case's page. Read through
 * {@link HandhavingBeheer#dossier}, which logs the read. The paths are those of the case page's letters.
 */
@Component
class HandhavingInTijdlijn implements Tijdlijnbron {

    private final HandhavingBeheer handhaving;

    HandhavingInTijdlijn(HandhavingBeheer handhaving) {
        this.handhaving = handhaving;
    }

    @Override
    public List<Gebeurtenis> gebeurtenissen(UUID inburgeraarId) {
        List<Gebeurtenis> brieven = new ArrayList<>();
        for (Zaakgegevens zaak : handhaving.dossier(inburgeraarId).zaken()) {
            String pad = "/inburgeraars/" + inburgeraarId + "/handhaving/" + zaak.id() + "/brieven/";
            String kenmerk = HandhavingBeheer.kenmerk(zaak.id());
            Zaakgegevens.Waarschuwing waarschuwing = zaak.waarschuwing();
            if (waarschuwing != null) {
                brieven.add(brief(waarschuwing.datum(), "waarschuwing", kenmerk, pad));
            }
            Zaakgegevens.Voornemen voornemen = zaak.voornemen();
            if (voornemen != null) {
                brieven.add(brief(voornemen.datum(), "voornemen", kenmerk, pad));
            }
            Zaakgegevens.Besluit besluit = zaak.besluit();
            if (besluit != null && zaak.stap() == Stap.BOETE_OPGELEGD) {
                brieven.add(brief(besluit.datum(), "boetebeschikking", kenmerk, pad));
            } else if (besluit != null && zaak.stap() == Stap.GEEN_BOETE) {
                brieven.add(brief(besluit.datum(), "besluit-geen-boete", kenmerk, pad));
            }
        }
        return brieven;
    }

    private static Gebeurtenis brief(java.time.LocalDate datum, String soort, String kenmerk, String pad) {
        return new Gebeurtenis(
                datum,
                Soort.BRIEF,
                "dossier.tijdlijn.handhaving." + soort,
                List.of(kenmerk),
                Optional.of(pad + soort + ".pdf"));
    }
}
