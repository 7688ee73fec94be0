package nl.openinburgering.pip;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import nl.openinburgering.inburgeraar.Doelgroep;
import nl.openinburgering.inburgeraar.InburgeraarFeiten;
import nl.openinburgering.shared.Leerroute;
import nl.openinburgering.shared.OngeldigeInvoer;
import nl.openinburgering.shared.Veldfout;

import static nl.openinburgering.pip.PipTests.VANDAAG;
import static nl.openinburgering.pip.PipTests.concept;
import static nl.openinburgering.pip.PipTests.inhoud;
import static nl.openinburgering.pip.PipTests.persoon;
import static nl.openinburgering.pip.PipTests.weigert;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** R3.1, R2.1, R2.4 (with R1.10): what a PIP needs before it becomes a beschikking, and the teamleider's override. */
class PipVoorwaardenTests {

    static final LocalDate DAGTEKENING = LocalDate.of(2026, 3, 1);
    final InburgeraarFeiten persoon = persoon(Doelgroep.ASIELSTATUSHOUDER);

    static Vaststelling vaststelling(Intakestand intake, String redenAfwijking, boolean teamleider) {
        return new Vaststelling(
                DAGTEKENING,
                "Achteraf",
                teamleider ? "teamleider.dalfsen" : "consulent.dalfsen",
                teamleider ? "Teamleider" : "Consulent",
                Instant.EPOCH,
                null,
                intake,
                redenAfwijking,
                teamleider);
    }

    Pip stelVast(PipInhoud inhoud, Intakestand intake) {
        Pip pip = concept(persoon, inhoud, Optional.empty(), 0);
        pip.vaststellen(vaststelling(intake, "", true), persoon, Optional.empty(), 0, VANDAAG);
        return pip;
    }

    static PipInhoud zonder(Leerroute route) {
        return new PipInhoud(route, null, null, null, false, null, null, null, null, null);
    }

    @Test
    void r3_1_een_pip_zonder_begeleiding_pvt_map_en_voortgangsgesprekken_wordt_niet_vastgesteld() {
        assertThatThrownBy(() -> stelVast(zonder(Leerroute.B1_ROUTE), Intakestand.GEHOUDEN))
                .isInstanceOfSatisfying(
                        OngeldigeInvoer.class,
                        fout -> assertThat(fout.fouten())
                                .filteredOn(f -> f.code().equals("R3.1"))
                                .extracting(Veldfout::veld)
                                .containsExactlyInAnyOrder(
                                        "begeleiding", "afsprakenPvt", "afsprakenMap", "aantalVoortgangsgesprekken"));
    }

    @Test
    void r3_1_een_pip_met_de_minimuminhoud_wordt_vastgesteld() {
        Pip pip = stelVast(inhoud(Leerroute.B1_ROUTE, null), Intakestand.GEHOUDEN);

        assertThat(pip.status()).isEqualTo(PipStatus.VASTGESTELD);
        assertThat(pip.redenAfwijking()).isEmpty();
        assertThat(pip.afgewekenVan()).isEmpty();
    }

    /** R3.1 with R6.1: the MAP is minimum content in the B1-route and the Z-route, not in the onderwijsroute. */
    @Test
    void r3_1_de_map_is_verplichte_inhoud_behalve_in_de_onderwijsroute() {
        PipInhoud zonderMap =
                new PipInhoud(Leerroute.ONDERWIJSROUTE, null, null, null, false, "Begeleiding", "PVT", null, 4, null);
        assertThat(stelVast(zonderMap, Intakestand.GEHOUDEN).status()).isEqualTo(PipStatus.VASTGESTELD);

        PipInhoud zRouteZonderMap =
                new PipInhoud(Leerroute.Z_ROUTE, null, null, null, false, "Begeleiding", "PVT", null, 4, null);
        weigert(() -> stelVast(zRouteZonderMap, Intakestand.GEHOUDEN), "afsprakenMap", "R3.1");
    }

    /** R3.1: the PVT and MAP content may be an intensity in hours instead of written agreements. */
    @Test
    void r3_1_een_intensiteit_in_uren_telt_als_inhoud_van_pvt_en_map() {
        PipInhoud uren = new PipInhoud(
                Leerroute.Z_ROUTE,
                null,
                null,
                null,
                false,
                "Begeleiding",
                null,
                null,
                12,
                null,
                40,
                null,
                false,
                null,
                null,
                null,
                0,
                null);
        assertThat(stelVast(uren, Intakestand.GEHOUDEN).status()).isEqualTo(PipStatus.VASTGESTELD);
    }

    @Test
    void r2_1_een_eerste_pip_zonder_gehouden_intakegesprek_wordt_niet_vastgesteld() {
        weigert(() -> stelVast(inhoud(Leerroute.B1_ROUTE, null), new Intakestand(false, true)), "intake", "R2.1");
        assertThat(stelVast(inhoud(Leerroute.B1_ROUTE, null), new Intakestand(true, true))
                        .status())
                .isEqualTo(PipStatus.VASTGESTELD);
    }

    @Test
    void r2_4_een_eerste_pip_zonder_uitslag_of_ontheffing_van_de_leerbaarheidstoets_wordt_niet_vastgesteld() {
        weigert(
                () -> stelVast(inhoud(Leerroute.B1_ROUTE, null), new Intakestand(true, false)),
                "leerbaarheidstoets",
                "R2.4");
    }

    /** R2.1: a later PIP rests on the intake of the first; after a move (R3.12) the previous gemeente held it. */
    @Test
    void r2_1_een_later_pip_of_een_pip_na_verhuizing_vraagt_geen_nieuwe_intake() {
        Pip eerste = stelVast(inhoud(Leerroute.B1_ROUTE, null), Intakestand.GEHOUDEN);
        PipInhoud schakelen =
                new PipInhoud(Leerroute.Z_ROUTE, null, null, null, false, "Begeleiding", "PVT", "MAP", 4, "Schakelen");
        Pip later = concept(persoon, schakelen, Optional.of(eerste), 0);
        later.vaststellen(
                vaststelling(new Intakestand(false, false), "", true), persoon, Optional.of(eerste), 0, VANDAAG);
        assertThat(later.status()).isEqualTo(PipStatus.VASTGESTELD);

        Optional<Pip> elders = Optional.of(PipTests.vorigeGemeente(persoon, Leerroute.B1_ROUTE));
        PipInhoud verhuizing = new PipInhoud(
                Leerroute.B1_ROUTE, null, null, null, false, "Begeleiding", "PVT", "MAP", 4, "Verhuizing");
        Pip hier = concept(persoon, verhuizing, elders, 0);
        hier.vaststellen(vaststelling(new Intakestand(false, false), "", true), persoon, elders, 0, VANDAAG);
        assertThat(hier.status()).isEqualTo(PipStatus.VASTGESTELD);
    }

    /** R3.1, R2.1, R2.4: a teamleider may fix the PIP all the same with a recorded reason, which is kept. */
    @Test
    void r3_1_een_teamleider_stelt_vast_zonder_minimuminhoud_of_intake_met_een_reden() {
        Pip pip = concept(persoon, zonder(Leerroute.B1_ROUTE), Optional.empty(), 0);
        pip.vaststellen(
                vaststelling(new Intakestand(false, false), "  Spoed: de rechter droeg dit op  ", true),
                persoon,
                Optional.empty(),
                0,
                VANDAAG);

        assertThat(pip.status()).isEqualTo(PipStatus.VASTGESTELD);
        assertThat(pip.redenAfwijking()).contains("Spoed: de rechter droeg dit op");
        assertThat(pip.afgewekenVan()).contains("R3.1, R2.1, R2.4");
    }

    /** R3.1, R2.1: a consulent (four-eyes policy off) cannot deviate; the reason does not help. */
    @Test
    void r2_1_een_consulent_kan_niet_afwijken_van_de_intake() {
        Pip pip = concept(persoon, inhoud(Leerroute.B1_ROUTE, null), Optional.empty(), 0);
        weigert(
                () -> pip.vaststellen(
                        vaststelling(new Intakestand(false, true), "Geen tijd", false),
                        persoon,
                        Optional.empty(),
                        0,
                        VANDAAG),
                "redenAfwijking",
                "R2.1");
        assertThat(pip.status()).isEqualTo(PipStatus.CONCEPT);
    }

    /** A reason without anything to deviate from is not kept. */
    @Test
    void r3_1_zonder_afwijking_wordt_geen_reden_bewaard() {
        Pip pip = concept(persoon, inhoud(Leerroute.B1_ROUTE, null), Optional.empty(), 0);
        pip.vaststellen(
                vaststelling(Intakestand.GEHOUDEN, "Voor de zekerheid", true), persoon, Optional.empty(), 0, VANDAAG);

        assertThat(pip.redenAfwijking()).isEmpty();
    }
}
