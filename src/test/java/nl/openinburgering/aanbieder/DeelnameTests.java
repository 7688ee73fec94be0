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

    /**
     * R2.9: the gemeente buys the leerroute of an asielstatushouder, not that of a gezinsmigrant or overige migrant,
     * who pays it (with a loan from DUO); each side of the target group, for both kinds of language enrolment.
     */
    @Test
    void r2_9_aGezinsmigrantCannotBeEnrolledInALeerrouteTheGemeenteBuys() {
        InburgeraarFeiten gezinsmigrant = new InburgeraarFeiten(
                UUID.randomUUID(),
                new Bsn("999996708"),
                Doelgroep.GEZINSMIGRANT_OF_OVERIGE_MIGRANT,
                PLICHT,
                PLICHT,
                Optional.empty());
        NieuweDeelname ingekocht =
                new NieuweDeelname(TAALSCHOOL.id(), Deelnamesoort.LEERROUTE, PLICHT.plusDays(7), null);
        NieuweDeelname zelfBetaald =
                new NieuweDeelname(TAALSCHOOL.id(), Deelnamesoort.LEERROUTE_ZELFBETAALD, PLICHT.plusDays(7), null);

        assertThat(codes(() -> Deelname.inschrijven(DALFSEN, gezinsmigrant, ingekocht, Optional.of(TAALSCHOOL))))
                .containsExactly("R2.9");
        assertThat(Deelname.inschrijven(DALFSEN, gezinsmigrant, zelfBetaald, Optional.of(TAALSCHOOL))
                        .soort())
                .isEqualTo(Deelnamesoort.LEERROUTE_ZELFBETAALD);
        assertThat(Deelname.inschrijven(DALFSEN, PERSOON, ingekocht, Optional.of(TAALSCHOOL))
                        .soort())
                .isEqualTo(Deelnamesoort.LEERROUTE);
        assertThat(codes(() -> Deelname.inschrijven(DALFSEN, PERSOON, zelfBetaald, Optional.of(TAALSCHOOL))))
                .containsExactly("R2.9");
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
