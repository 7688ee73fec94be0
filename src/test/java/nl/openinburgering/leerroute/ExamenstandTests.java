package nl.openinburgering.leerroute;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import nl.openinburgering.pip.Niveau;
import nl.openinburgering.shared.Leerroute;

import static org.assertj.core.api.Assertions.assertThat;

class ExamenstandTests {

    private static final LocalDate DAG = LocalDate.of(2026, 5, 4);

    private static Examenresultaat examen(
            Examenonderdeel onderdeel, @Nullable Taalniveau niveau, Examenuitslag uitslag, LocalDate datum) {
        return new Examenresultaat(
                UUID.randomUUID(),
                UUID.randomUUID(),
                UUID.randomUUID(),
                UUID.randomUUID(),
                new Examenmelding(
                        onderdeel,
                        niveau,
                        uitslag,
                        uitslag == Examenuitslag.GEEN ? RedenGeenUitslag.ABSENT : null,
                        datum),
                Instant.EPOCH);
    }

    /** The four skills passed at {@code niveau} on consecutive days and KNM passed. */
    private static List<Examenresultaat> alles(Taalniveau niveau) {
        List<Examenresultaat> examens = new ArrayList<>();
        int dag = 0;
        for (Examenonderdeel onderdeel : Examenonderdeel.values()) {
            examens.add(examen(
                    onderdeel, onderdeel.heeftNiveau() ? niveau : null, Examenuitslag.GESLAAGD, DAG.plusDays(dag++)));
        }
        return examens;
    }

    /**
     * R4.1: a B1 PIP is met when every skill is passed at B1 (or B2) and KNM is passed; the day is that of the last
     * part. One skill passed only at A2 leaves the route open, with that part named.
     */
    @Test
    void r4_1_aB1RouteIsMetOnlyWhenEveryPartIsPassedAtB1OrHigher() {
        Examenstand b1 = Examenstand.bereken(Leerroute.B1_ROUTE, Niveau.B1, alles(Taalniveau.B1))
                .orElseThrow();
        assertThat(b1.behaald()).isTrue();
        assertThat(b1.behaaldOp()).contains(DAG.plusDays(4));
        assertThat(Examenstand.bereken(Leerroute.B1_ROUTE, null, alles(Taalniveau.B2))
                        .orElseThrow()
                        .behaald())
                .isTrue();

        List<Examenresultaat> spreekA2 = new ArrayList<>(alles(Taalniveau.B1));
        spreekA2.removeIf(e -> e.melding().onderdeel() == Examenonderdeel.SP);
        spreekA2.add(examen(Examenonderdeel.SP, Taalniveau.A2, Examenuitslag.GESLAAGD, DAG));
        Examenstand open =
                Examenstand.bereken(Leerroute.B1_ROUTE, Niveau.B1, spreekA2).orElseThrow();

        assertThat(open.behaald()).isFalse();
        assertThat(open.behaaldOp()).isEmpty();
        assertThat(open.open()).containsExactly(Examenonderdeel.SP);
    }

    /** R4.1: a PIP at A2 is met by A2 passes; a failed attempt or no result never counts. */
    @Test
    void r4_1_aPipAtA2IsMetAtA2AndAFailedAttemptNeverCounts() {
        assertThat(Examenstand.bereken(Leerroute.B1_ROUTE, Niveau.A2, alles(Taalniveau.A2))
                        .orElseThrow()
                        .behaald())
                .isTrue();

        List<Examenresultaat> knmGezakt = new ArrayList<>(alles(Taalniveau.B1));
        knmGezakt.removeIf(e -> e.melding().onderdeel() == Examenonderdeel.KNM);
        knmGezakt.add(examen(Examenonderdeel.KNM, null, Examenuitslag.GEZAKT, DAG));
        knmGezakt.add(examen(Examenonderdeel.KNM, null, Examenuitslag.GEEN, DAG.plusDays(1)));
        Examenstand stand = Examenstand.bereken(Leerroute.ONDERWIJSROUTE, Niveau.B1, knmGezakt)
                .orElseThrow();

        assertThat(stand.behaald()).isFalse();
        assertThat(stand.open()).containsExactly(Examenonderdeel.KNM);
    }

    /** R4.1 with R4.5: the Z-route and a PIP without a route have no examenstand; an early pass counts from its day. */
    @Test
    void r4_1_theZrouteHasNoExamenstandAndTheFirstPassCounts() {
        assertThat(Examenstand.bereken(Leerroute.Z_ROUTE, null, alles(Taalniveau.B1)))
                .isEmpty();
        assertThat(Examenstand.bereken(null, null, alles(Taalniveau.B1))).isEmpty();

        List<Examenresultaat> tweemaal = new ArrayList<>(alles(Taalniveau.B1));
        tweemaal.add(examen(Examenonderdeel.LE, Taalniveau.B2, Examenuitslag.GESLAAGD, DAG.minusDays(30)));
        Examenstand stand =
                Examenstand.bereken(Leerroute.B1_ROUTE, Niveau.B1, tweemaal).orElseThrow();
        assertThat(stand.onderdelen().getFirst().behaaldOp()).contains(DAG.minusDays(30));
        assertThat(stand.onderdelen().getFirst().niveau()).isEqualTo(Taalniveau.B2);
    }

    /** R1.7 and R1.9 with R4.1: a part covered by a partial vrijstelling or ontheffing counts as met without an exam. */
    @Test
    void r1_7_r1_9_r4_1_anExemptedPartCountsAsMetWithoutAnExam() {
        List<Examenresultaat> zonderSpreken = new ArrayList<>(alles(Taalniveau.B1));
        zonderSpreken.removeIf(e -> e.melding().onderdeel() == Examenonderdeel.SP);

        assertThat(Examenstand.bereken(Leerroute.B1_ROUTE, Niveau.B1, zonderSpreken)
                        .orElseThrow()
                        .behaald())
                .isFalse();
        Examenstand vrijgesteld = Examenstand.bereken(
                        Leerroute.B1_ROUTE, Niveau.B1, zonderSpreken, java.util.Set.of("SP"))
                .orElseThrow();
        assertThat(vrijgesteld.behaald()).isTrue();
        assertThat(vrijgesteld.onderdelen().get(3).vrijgesteld()).isTrue();
        assertThat(vrijgesteld.behaaldOp()).contains(DAG.plusDays(4));
    }
}
