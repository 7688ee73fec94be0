package nl.openinburgering.aanbieder;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.openinburgering.inburgeraar.Doelgroep;
import nl.openinburgering.inburgeraar.InburgeraarFeiten;
import nl.openinburgering.shared.Bsn;
import nl.openinburgering.shared.Gemeentecode;

import static nl.openinburgering.Foutcodes.codes;
import static org.assertj.core.api.Assertions.assertThat;

/** Enrolling a person at a provider, without Spring. */
class DeelnameTests {

    static final Gemeentecode DALFSEN = new Gemeentecode("0148");
    static final LocalDate PLICHT = LocalDate.of(2026, 1, 12);
    static final InburgeraarFeiten PERSOON = new InburgeraarFeiten(
            UUID.randomUUID(), new Bsn("999996708"), Doelgroep.ASIELSTATUSHOUDER, PLICHT, PLICHT, Optional.empty());
    static final Aanbieder TAALSCHOOL = new Aanbieder(
            UUID.randomUUID(),
            "Taalschool",
            "12345678",
            Set.of(Aanbiedersoort.TAAL),
            Optional.empty(),
            false,
            Set.of("0148"));

    @Test
    void enrolsAtAContractedProviderAndTellsSoInDeelnameIngeschreven() {
        NieuweDeelname nieuw = new NieuweDeelname(TAALSCHOOL.id(), Deelnamesoort.LEERROUTE, PLICHT, null);

        Deelname deelname = Deelname.inschrijven(DALFSEN, PERSOON, nieuw, Optional.of(TAALSCHOOL));

        assertThat(deelname.aanbiederNaam()).isEqualTo("Taalschool");
        assertThat(deelname.inburgeraarId()).isEqualTo(PERSOON.id());
        assertThat(deelname.ingeschreven())
                .isEqualTo(new DeelnameIngeschreven(
                        deelname.id(), PERSOON.id(), TAALSCHOOL.id(), Deelnamesoort.LEERROUTE, DALFSEN));
    }

    @Test
    void d8_refusesAProviderTheGemeenteDoesNotContract() {
        NieuweDeelname nieuw = new NieuweDeelname(UUID.randomUUID(), Deelnamesoort.LEERROUTE, PLICHT, null);

        assertThat(codes(() -> Deelname.inschrijven(DALFSEN, PERSOON, nieuw, Optional.empty())))
                .containsExactly("D8");
    }

    @Test
    void refusesAKindTheProviderDoesNotOffer() {
        NieuweDeelname nieuw = new NieuweDeelname(TAALSCHOOL.id(), Deelnamesoort.MAP, PLICHT, null);

        assertThat(codes(() -> Deelname.inschrijven(DALFSEN, PERSOON, nieuw, Optional.of(TAALSCHOOL))))
                .containsExactly("aanbieder.soort");
    }

    @Test
    void refusesAStartBeforeThePlichtAndAnEndNotAfterTheStart() {
        NieuweDeelname voor = new NieuweDeelname(TAALSCHOOL.id(), Deelnamesoort.LEERROUTE, PLICHT.minusDays(1), null);
        NieuweDeelname omgekeerd = new NieuweDeelname(TAALSCHOOL.id(), Deelnamesoort.LEERROUTE, PLICHT, PLICHT);

        assertThat(codes(() -> Deelname.inschrijven(DALFSEN, PERSOON, voor, Optional.of(TAALSCHOOL))))
                .containsExactly("datum.volgorde");
        assertThat(codes(() -> Deelname.inschrijven(DALFSEN, PERSOON, omgekeerd, Optional.of(TAALSCHOOL))))
                .containsExactly("datum.volgorde");
    }

    @Test
    void listsEveryMissingFieldAtOnce() {
        NieuweDeelname leeg = new NieuweDeelname(null, null, null, null);

        assertThat(codes(() -> Deelname.inschrijven(DALFSEN, PERSOON, leeg, Optional.empty())))
                .containsExactly("verplicht", "verplicht", "verplicht");
    }
}
