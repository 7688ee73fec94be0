package nl.openinburgering.leerroute;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.openinburgering.inburgeraar.Doelgroep;
import nl.openinburgering.inburgeraar.Inburgeringstermijn;
import nl.openinburgering.leerroute.Inburgeringsaanbod.Aanbieder;
import nl.openinburgering.leerroute.Inburgeringsaanbod.HuidigePip;
import nl.openinburgering.shared.Leerroute;
import nl.openinburgering.shared.OngeldigeInvoer;
import nl.openinburgering.shared.Veldfout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InburgeringsaanbodTests {

    static final LocalDate DAGTEKENING = LocalDate.of(2026, 3, 1);
    static final Optional<HuidigePip> B1_ROUTE = Optional.of(new HuidigePip(DAGTEKENING, Leerroute.B1_ROUTE));
    static final Optional<HuidigePip> ONDERWIJSROUTE =
            Optional.of(new HuidigePip(DAGTEKENING, Leerroute.ONDERWIJSROUTE));
    static final Optional<Inburgeringstermijn> TERMIJN =
            Optional.of(new Inburgeringstermijn(LocalDate.of(2026, 3, 2), LocalDate.of(2029, 3, 2)));
    static final Aanbieder MET_KEURMERK = new Aanbieder(true, true, false);

    static List<String> codes(List<Veldfout> fouten) {
        return fouten.stream().map(f -> f.veld() + ":" + f.code()).toList();
    }

    @Test
    void r4_8_acceptsAnAanbodWithinThePipAndTheTermAtAProviderWithAKeurmerk() {
        assertThat(Inburgeringsaanbod.controleer(
                        DAGTEKENING,
                        LocalDate.of(2029, 3, 1),
                        Doelgroep.ASIELSTATUSHOUDER,
                        B1_ROUTE,
                        TERMIJN,
                        MET_KEURMERK))
                .isEmpty();
    }

    @Test
    void r4_8_isForAsielstatushoudersWithAVastgesteldPipOnly() {
        assertThat(codes(Inburgeringsaanbod.controleer(
                        DAGTEKENING,
                        DAGTEKENING.plusMonths(6),
                        Doelgroep.GEZINSMIGRANT_OF_OVERIGE_MIGRANT,
                        B1_ROUTE,
                        TERMIJN,
                        MET_KEURMERK)))
                .containsExactly("doelgroep:R4.8");
        assertThat(codes(Inburgeringsaanbod.controleer(
                        DAGTEKENING,
                        DAGTEKENING.plusMonths(6),
                        Doelgroep.ASIELSTATUSHOUDER,
                        Optional.empty(),
                        Optional.empty(),
                        MET_KEURMERK)))
                .containsExactly("pip:R4.8");
    }

    @Test
    void r4_8_refusesDatesBeforeThePipAndAnEndOutsideTheTerm() {
        assertThat(codes(Inburgeringsaanbod.controleer(
                        DAGTEKENING.minusDays(1),
                        LocalDate.of(2029, 3, 2),
                        Doelgroep.ASIELSTATUSHOUDER,
                        B1_ROUTE,
                        TERMIJN,
                        MET_KEURMERK)))
                .containsExactly("startdatum:R4.8", "einddatum:R4.8");
        assertThat(codes(Inburgeringsaanbod.controleer(
                        DAGTEKENING.plusMonths(2),
                        DAGTEKENING.plusMonths(1),
                        Doelgroep.ASIELSTATUSHOUDER,
                        B1_ROUTE,
                        TERMIJN,
                        MET_KEURMERK)))
                .containsExactly("einddatum:periode.ongeldig");
    }

    @Test
    void r4_8_needsAKeurmerkOnTheStartDateOrATaalschakelinstellingInTheOnderwijsroute() {
        LocalDate eind = DAGTEKENING.plusYears(1);
        assertThat(codes(Inburgeringsaanbod.controleer(
                        DAGTEKENING,
                        eind,
                        Doelgroep.ASIELSTATUSHOUDER,
                        B1_ROUTE,
                        TERMIJN,
                        new Aanbieder(true, false, true))))
                .containsExactly("aanbiederId:R4.8");
        assertThat(codes(Inburgeringsaanbod.controleer(
                        DAGTEKENING, eind, Doelgroep.ASIELSTATUSHOUDER, ONDERWIJSROUTE, TERMIJN, MET_KEURMERK)))
                .containsExactly("aanbiederId:R4.8");
        assertThat(Inburgeringsaanbod.controleer(
                        DAGTEKENING,
                        eind,
                        Doelgroep.ASIELSTATUSHOUDER,
                        ONDERWIJSROUTE,
                        TERMIJN,
                        new Aanbieder(true, false, true)))
                .isEmpty();
        assertThat(codes(Inburgeringsaanbod.controleer(
                        DAGTEKENING,
                        eind,
                        Doelgroep.ASIELSTATUSHOUDER,
                        B1_ROUTE,
                        TERMIJN,
                        new Aanbieder(false, true, false))))
                .containsExactly("aanbiederId:aanbieder.geen.contract");
    }

    @Test
    void r4_8_registersAValidAanbodAsInburgeringsaanbodGeregistreerd() {
        UUID persoon = UUID.randomUUID();
        UUID aanbieder = UUID.randomUUID();

        assertThat(Inburgeringsaanbod.registreren(
                        persoon,
                        "0148",
                        aanbieder,
                        DAGTEKENING,
                        LocalDate.of(2029, 3, 1),
                        Doelgroep.ASIELSTATUSHOUDER,
                        B1_ROUTE,
                        TERMIJN,
                        MET_KEURMERK))
                .isEqualTo(new InburgeringsaanbodGeregistreerd(
                        persoon, "0148", aanbieder, DAGTEKENING, LocalDate.of(2029, 3, 1)));
    }

    @Test
    void r4_8_refusesToRegisterAnAanbodWithoutAVastgesteldPip() {
        assertThatThrownBy(() -> Inburgeringsaanbod.registreren(
                        UUID.randomUUID(),
                        "0148",
                        UUID.randomUUID(),
                        DAGTEKENING,
                        DAGTEKENING.plusMonths(6),
                        Doelgroep.ASIELSTATUSHOUDER,
                        Optional.empty(),
                        TERMIJN,
                        MET_KEURMERK))
                .isInstanceOfSatisfying(
                        OngeldigeInvoer.class,
                        f -> assertThat(codes(f.fouten())).containsExactly("pip:R4.8"));
    }
}
