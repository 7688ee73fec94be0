package nl.openinburgering.demo;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.openinburgering.handhaving.Bewijs;
import nl.openinburgering.handhaving.Grond;
import nl.openinburgering.handhaving.HandhavingBeheer;
import nl.openinburgering.handhaving.NieuweZaak;
import nl.openinburgering.handhaving.PipAfspraak;
import nl.openinburgering.handhaving.Verwijtbaarheidsgraad;
import nl.openinburgering.handhaving.Zienswijzevorm;

import static nl.openinburgering.demo.DemoGebruiker.als;
import static nl.openinburgering.demo.DemoGebruiker.alsConsulent;

/**
 * Demo profile only: handhaving (R9.2, R9.6, R9.7, D1) for the Dalfsen people whose provider reported absence
 * without leave (the VERZUIM signal), through {@link HandhavingBeheer} as the demo consulent and, for the
 * four-eyes boetebeschikking, the demo teamleider: one case with the written warning sent (its term running), one
 * voornemen waiting for the zienswijze, one boetebeschikking fixed and open for payment. The evidence is the
 * provider's own absent hour lines, linked by id; every date follows the first unexcused absence and none lies in
 * the future. Called by {@link DemoDossiers} once the hours are in, so it runs only when Dalfsen was empty.
 */
final class DemoHandhaving {

    private final HandhavingBeheer handhaving;

    DemoHandhaving(HandhavingBeheer handhaving) {
        this.handhaving = handhaving;
    }

    /** The cases for up to three people with absences (in this order: warning, voornemen, fixed fine). */
    int laad(Demogemeente gemeente, List<UUID> metVerzuim, LocalDate vandaag) {
        int geladen = 0;
        for (UUID id : metVerzuim) {
            Optional<Bewijs> eerste = alsConsulent(
                    gemeente,
                    () -> handhaving.dossier(id).beschikbaarBewijs().stream()
                            .filter(b -> b.soort() == Bewijs.Soort.URENREGEL && !b.verschoonbaar())
                            .min(Comparator.comparing(Bewijs::datum)));
            if (eerste.isEmpty() || eerste.get().datum().isAfter(vandaag.minusDays(20))) {
                continue;
            }
            Bewijs bewijs = eerste.get();
            switch (geladen) {
                case 0 -> gewaarschuwd(gemeente, id, bewijs, vandaag);
                case 1 -> voornemen(gemeente, id, bewijs, vandaag);
                default -> boeteOpgelegd(gemeente, id, bewijs, vandaag);
            }
            geladen++;
            if (geladen == 3) {
                break;
            }
        }
        return geladen;
    }

    /** R9.6: the conversation found no excuse; the written warning was sent three days ago, its term runs. */
    private void gewaarschuwd(Demogemeente gemeente, UUID id, Bewijs bewijs, LocalDate vandaag) {
        alsConsulent(gemeente, () -> {
            UUID zaak = gesprek(id, bewijs, vandaag.minusDays(4));
            return handhaving.verstuurWaarschuwing(id, zaak, vandaag.minusDays(3));
        });
    }

    /** R9.7: the voornemen went out after the warning's term; the term for a zienswijze still runs. */
    private void voornemen(Demogemeente gemeente, UUID id, Bewijs bewijs, LocalDate vandaag) {
        alsConsulent(gemeente, () -> {
            UUID zaak = gewaarschuwdEnEvenredig(id, bewijs);
            return handhaving.verstuurVoornemen(id, zaak, bewijs.datum().plusDays(16), Verwijtbaarheidsgraad.NORMAAL);
        });
    }

    /** D1, R9.2: the person gave a zienswijze, the consulent proposed, the teamleider fixed the fine: open. */
    private void boeteOpgelegd(Demogemeente gemeente, UUID id, Bewijs bewijs, LocalDate vandaag) {
        LocalDate voornemen = bewijs.datum().plusDays(16);
        UUID zaak = alsConsulent(gemeente, () -> {
            UUID z = gewaarschuwdEnEvenredig(id, bewijs);
            handhaving.verstuurVoornemen(id, z, voornemen, Verwijtbaarheidsgraad.NORMAAL);
            handhaving.legZienswijzeVast(
                    id,
                    z,
                    voornemen.plusDays(2),
                    Zienswijzevorm.MONDELING,
                    "Zegt dat de les te vroeg begint; heeft geen afspraak met de taalschool gemaakt over andere tijden.");
            handhaving.stelBoeteVoor(
                    id,
                    z,
                    voornemen.plusDays(3),
                    "Na het gesprek en de schriftelijke waarschuwing bleef u zonder geldige reden weg van de taalles. "
                            + "De zienswijze geeft geen reden om van de boete af te zien.",
                    null,
                    null,
                    null);
            return z;
        });
        String teamleider = gemeente.teamleider().orElseThrow();
        als(
                teamleider,
                () -> handhaving.stelBoeteVast(id, zaak, voornemen.plusDays(4)),
                "ROLE_TEAMLEIDER",
                gemeente.gemeenteAutoriteit());
    }

    private UUID gewaarschuwdEnEvenredig(UUID id, Bewijs bewijs) {
        UUID zaak = gesprek(id, bewijs, bewijs.datum().plusDays(1));
        handhaving.verstuurWaarschuwing(id, zaak, bewijs.datum().plusDays(1));
        handhaving.legEvenredigheidVast(
                id,
                zaak,
                "Herhaald verzuim zonder geldige reden, ook na de waarschuwing; een boete is het laatste middel.",
                "Gesprek met de consulent en een schriftelijke waarschuwing; de taalschool belde na elke afwezigheid.");
        return zaak;
    }

    /** Opens the case on the first unexcused absence and records the conversation (no excuse found). */
    private UUID gesprek(UUID id, Bewijs bewijs, LocalDate datum) {
        UUID zaak = handhaving
                .open(
                        id,
                        new NieuweZaak(
                                Grond.PIP,
                                PipAfspraak.LEERROUTE,
                                List.of(bewijs.datum()),
                                List.of(Long.valueOf(bewijs.verwijzing())),
                                List.of()))
                .id();
        handhaving.legGesprekVast(
                id, zaak, datum, "Geen reden voor de afwezigheid gegeven; afspraken over de lessen herhaald.", false);
        return zaak;
    }
}
