package nl.openinburgering.pip;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import nl.openinburgering.shared.Leerroute;

import static org.assertj.core.api.Assertions.assertThat;

class PipVerschilTests {

    static final PipInhoud B1 = new PipInhoud(
            Leerroute.B1_ROUTE, Niveau.B1, 600, Alfabetisering.NVT, false, "Wekelijks", "4 dagdelen", "MAP", 4, null);

    @Test
    void twoEqualVersionsHaveNoDifferences() {
        assertThat(PipVerschil.tussen(B1, B1)).isEmpty();
    }

    @Test
    void listsEveryChangedFieldInTheOrderOfTheContentWithOldAndNewValue() {
        PipInhoud nieuw = new PipInhoud(
                Leerroute.ONDERWIJSROUTE,
                Niveau.B1,
                null,
                Alfabetisering.NVT,
                true,
                "Wekelijks",
                "4 dagdelen",
                "MAP",
                4,
                "Schakelen");

        assertThat(PipVerschil.tussen(B1, nieuw))
                .containsExactly(
                        new PipVerschil("leerroute", Leerroute.B1_ROUTE, Leerroute.ONDERWIJSROUTE),
                        new PipVerschil("geschatteIntensiteitB1Route", 600, null),
                        new PipVerschil("indicatieMagOpleidingAfmaken", false, true),
                        new PipVerschil("reden", null, "Schakelen"));
    }

    /** The comparison reads the record's components, so every field of the content is covered, also new ones. */
    @Test
    void comparesEveryComponentOfThePipContent() {
        PipInhoud anders = new PipInhoud(
                        Leerroute.Z_ROUTE,
                        Niveau.A2,
                        1,
                        Alfabetisering.ANALFABEET,
                        true,
                        "x",
                        "ondersteuning",
                        "y",
                        12,
                        "z",
                        40,
                        "aanbod",
                        true,
                        "ontzorgen",
                        "vve",
                        "participatie",
                        9,
                        "r")
                .metAfschaling(true, true, java.util.Set.of(nl.openinburgering.inburgeraar.Examendeel.LE));

        assertThat(PipVerschil.tussen(B1, anders))
                .extracting(PipVerschil::veld)
                .containsExactlyElementsOf(Arrays.stream(PipInhoud.class.getRecordComponents())
                        .map(RecordComponent::getName)
                        .toList());
    }
}
