package nl.openinburgering.intake;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.openinburgering.shared.Gemeentecode;
import nl.openinburgering.shared.Leerroute;
import nl.openinburgering.shared.OngeldigeInvoer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IntakeTests {

    /** Today, fixed: the facade passes the day of its clock. */
    static final LocalDate VANDAAG = LocalDate.of(2026, 6, 1);

    static Intake intake(LbtResultaat resultaat) {
        Intake intake = Intake.nieuw(new Gemeentecode("0148"), UUID.randomUUID());
        intake.legLeerbaarheidstoetsVast(
                new Leerbaarheidstoets(
                        LocalDate.of(2026, 2, 1),
                        resultaat,
                        new BigDecimal("50.00"),
                        new BigDecimal("40.00"),
                        null,
                        null),
                VANDAAG);
        return intake;
    }

    static String code(Runnable actie) {
        try {
            actie.run();
            return "";
        } catch (OngeldigeInvoer ongeldig) {
            return ongeldig.fouten().getFirst().veld() + ":"
                    + ongeldig.fouten().getFirst().code();
        }
    }

    @Test
    void r2_4_aChoiceInLineWithTheLbtNeedsNoReason() {
        Intake haalbaar = intake(LbtResultaat.B1_ROUTE_HAALBAAR);
        haalbaar.kiesLeerroute(Leerroute.ONDERWIJSROUTE, null);
        assertThat(haalbaar.routekeuze()).map(Routekeuze::leerroute).contains(Leerroute.ONDERWIJSROUTE);
        Intake nietHaalbaar = intake(LbtResultaat.B1_ROUTE_NIET_HAALBAAR);
        nietHaalbaar.kiesLeerroute(Leerroute.Z_ROUTE, "");
        assertThat(nietHaalbaar.routekeuze()).map(Routekeuze::reden).isEmpty();
    }

    @Test
    void r2_4_theB1RouteAgainstANotFeasibleLbtNeedsAReason() {
        Intake intake = intake(LbtResultaat.B1_ROUTE_NIET_HAALBAAR);
        assertThat(code(() -> intake.kiesLeerroute(Leerroute.B1_ROUTE, " "))).isEqualTo("reden:keuze.reden");
        assertThat(code(() -> intake.kiesLeerroute(Leerroute.ONDERWIJSROUTE, null)))
                .isEqualTo("reden:keuze.reden");
        intake.kiesLeerroute(Leerroute.B1_ROUTE, "Spreekt al A2 na twee jaar in het azc");
        assertThat(intake.routekeuze()).map(Routekeuze::reden).contains("Spreekt al A2 na twee jaar in het azc");
    }

    @Test
    void r2_4_theZRouteAgainstAFeasibleLbtNeedsAReason() {
        Intake intake = intake(LbtResultaat.B1_ROUTE_HAALBAAR);
        assertThat(code(() -> intake.kiesLeerroute(Leerroute.Z_ROUTE, null))).isEqualTo("reden:keuze.reden");
    }

    @Test
    void r1_10_anExemptPersonMayGetAnyRouteWithoutReason() {
        Intake intake = Intake.nieuw(new Gemeentecode("0148"), UUID.randomUUID());
        intake.legLeerbaarheidstoetsVast(
                new Leerbaarheidstoets(null, null, null, null, LbtOntheffing.VISUELE_BEPERKING, "Blind"), VANDAAG);
        intake.kiesLeerroute(Leerroute.Z_ROUTE, null);
        assertThat(intake.routekeuze()).isPresent();
        assertThat(code(() -> intake.kiesLeerroute(null, null))).isEqualTo("leerroute:verplicht");
    }

    @Test
    void r12_5_recordsTheHandoverWithItsScenarioBeforeHousing() {
        Intake intake = Intake.nieuw(new Gemeentecode("0148"), UUID.randomUUID());
        intake.legOverdrachtVast(
                new Overdracht(
                        LocalDate.of(2026, 1, 5),
                        "azc Zwolle",
                        "J. de Vries",
                        "088 715 7000",
                        "j.devries@coa.nl",
                        Overdrachtsscenario.GECOMBINEERDE_AANPAK),
                VANDAAG);
        assertThat(intake.overdracht().scenario()).isEqualTo(Overdrachtsscenario.GECOMBINEERDE_AANPAK);
    }

    @Test
    void r12_2_refusesAKoppelingInTheFutureAndMalformedContactDetails() {
        assertThat(code(() -> Overdracht.op(VANDAAG, VANDAAG.plusDays(1), null, null, null, null, null)))
                .isEqualTo("koppelingsdatum:datum.toekomst");
        assertThat(code(() -> Overdracht.op(VANDAAG, VANDAAG.plusDays(1), null, null, "bel me", null, null)))
                .as("every problem at once, the date first")
                .isEqualTo("koppelingsdatum:datum.toekomst");
        assertThat(code(() -> Intake.nieuw(new Gemeentecode("0148"), UUID.randomUUID())
                        .legOverdrachtVast(new Overdracht(VANDAAG.plusDays(1), null, null, null, null, null), VANDAAG)))
                .as("the facade's check with its clock")
                .isEqualTo("koppelingsdatum:datum.toekomst");
        assertThat(code(() -> new Overdracht(null, null, null, "bel me", null, null)))
                .isEqualTo("coaTelefoon:telefoon.formaat");
        assertThat(code(() -> new Overdracht(null, null, null, null, "geen-adres", null)))
                .isEqualTo("coaEmail:email.formaat");
    }

    @Test
    void r12_6_recordsAKennismakingsgesprekWithItsParticipants() {
        Intake intake = Intake.nieuw(new Gemeentecode("0148"), UUID.randomUUID());
        Gesprek gesprek = intake.voegGesprekToe(
                new Gesprek.Gespreksverslag(
                        Gesprekssoort.KENNISMAKINGSGESPREK,
                        LocalDate.of(2026, 1, 10),
                        "statushouder, klantregisseur, COA-casemanager",
                        false,
                        "Arabisch",
                        null),
                VANDAAG);
        assertThat(gesprek.tolkTaal()).isNull();
        assertThat(intake.gesprekken()).hasSize(1);
    }

    @Test
    void r2_1_anIntakeConversationWithAnInterpreterNamesTheLanguage() {
        Intake intake = Intake.nieuw(new Gemeentecode("0148"), UUID.randomUUID());
        assertThat(code(() -> intake.voegGesprekToe(
                        new Gesprek.Gespreksverslag(
                                Gesprekssoort.INTAKEGESPREK,
                                LocalDate.of(2026, 1, 10),
                                "inburgeraar, consulent",
                                true,
                                null,
                                null),
                        VANDAAG)))
                .isEqualTo("tolkTaal:verplicht");
        assertThat(code(() -> intake.voegGesprekToe(
                        new Gesprek.Gespreksverslag(null, null, " ", false, null, null), VANDAAG)))
                .isEqualTo("soort:verplicht");
    }

    @Test
    void r2_2_knowsWhetherTheStatutoryMinimumTopicsWereDiscussed() {
        assertThat(Bevindingen.LEEG.minimumOnderwerpenBesproken()).isFalse();
        assertThat(new Bevindingen(
                                "mbo-2 in Syrië",
                                Opleidingsniveau.MBO,
                                "monteur",
                                "goed",
                                "gezin met 2 kinderen",
                                null,
                                null,
                                null,
                                null,
                                null,
                                Hoofddoel.WERK,
                                null,
                                null)
                        .minimumOnderwerpenBesproken())
                .isTrue();
    }

    @Test
    void aNonAppearanceWithAValidReasonDescribesIt() {
        Intake intake = Intake.nieuw(new Gemeentecode("0148"), UUID.randomUUID());
        assertThat(code(() -> intake.registreerNietVerschenen(
                        LocalDate.of(2026, 2, 1), Afspraaksoort.LEERBAARHEIDSTOETS, true, null, VANDAAG)))
                .isEqualTo("toelichting:verplicht");
        intake.registreerNietVerschenen(LocalDate.of(2026, 2, 1), Afspraaksoort.INTAKEGESPREK, false, null, VANDAAG);
        assertThat(intake.nietVerschenen()).hasSize(1);
        assertThatThrownBy(() -> intake.registreerNietVerschenen(null, null, false, null, VANDAAG))
                .isInstanceOf(OngeldigeInvoer.class);
    }
}
