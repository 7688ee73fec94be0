package nl.openinburgering.handhaving.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.openinburgering.handhaving.Betaalstatus;
import nl.openinburgering.handhaving.Bewijs;
import nl.openinburgering.handhaving.Grond;
import nl.openinburgering.handhaving.Handhavingsdossier;
import nl.openinburgering.handhaving.PipAfspraak;
import nl.openinburgering.handhaving.PwVerwijzing;
import nl.openinburgering.handhaving.Stap;
import nl.openinburgering.handhaving.Zaakgegevens;

/** The API's view of handhaving: flat camelCase JSON, enum values as names. */
final class HandhavingJson {

    private HandhavingJson() {}

    record Dossier(
            UUID inburgeraarId,
            boolean asielstatushouder,
            List<Zaak> resultaten,
            List<PwVerwijzing> pwVerwijzingen,
            List<Bewijs> beschikbaarBewijs) {

        static Dossier van(Handhavingsdossier d) {
            return new Dossier(
                    d.inburgeraarId(),
                    d.asielstatushouder(),
                    d.zaken().stream().map(Zaak::van).toList(),
                    d.verwijzingen(),
                    d.beschikbaarBewijs());
        }
    }

    record Zaak(
            UUID id,
            String kenmerk,
            UUID inburgeraarId,
            Grond grond,
            String regel,
            @Nullable UUID pipId,
            @Nullable PipAfspraak afspraak,
            List<LocalDate> overtredingsdatums,
            List<Bewijs> bewijs,
            Stap stap,
            LocalDate stapSinds,
            LocalDate geopendOp,
            Zaakgegevens.@Nullable Gesprek gesprek,
            Zaakgegevens.@Nullable Waarschuwing waarschuwing,
            Zaakgegevens.@Nullable Evenredigheid evenredigheid,
            Zaakgegevens.@Nullable Voornemen voornemen,
            Zaakgegevens.@Nullable Zienswijze zienswijze,
            Zaakgegevens.@Nullable Voorstel voorstel,
            Zaakgegevens.@Nullable Besluit besluit,
            @Nullable BigDecimal bedrag,
            @Nullable Betaalstatus betaalstatus) {

        static Zaak van(Zaakgegevens z) {
            Zaakgegevens.Kern k = z.kern();
            return new Zaak(
                    z.id(),
                    nl.openinburgering.handhaving.HandhavingBeheer.kenmerk(z.id()),
                    k.inburgeraarId(),
                    k.grond(),
                    k.grond().regel(),
                    k.pipId(),
                    k.afspraak(),
                    k.overtredingsdatums(),
                    z.bewijs(),
                    z.stap(),
                    z.stapSinds(),
                    k.geopendOp(),
                    z.gesprek(),
                    z.waarschuwing(),
                    z.evenredigheid(),
                    z.voornemen(),
                    z.zienswijze(),
                    z.voorstel(),
                    z.besluit(),
                    z.bedrag(),
                    z.betaling() == null ? null : z.betaling().status());
        }
    }
}
