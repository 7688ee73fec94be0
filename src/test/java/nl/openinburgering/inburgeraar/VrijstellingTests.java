package nl.openinburgering.inburgeraar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.openinburgering.inburgeraar.Vrijstelling.Omvang;
import nl.openinburgering.inburgeraar.Vrijstelling.Soort;
import nl.openinburgering.shared.Gemeentecode;
import nl.openinburgering.shared.OngeldigeInvoer;
import nl.openinburgering.shared.Veldfout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VrijstellingTests {

    private static final LocalDate START = LocalDate.of(2026, 1, 12);
    private static final LocalDate VANDAAG = LocalDate.of(2026, 6, 1);

    private static Vrijstelling nieuw(
            Soort soort, Omvang omvang, String grond, LocalDate datum, Set<Examendeel> delen) {
        return Vrijstelling.nieuw(0, "0148", soort, omvang, grond, datum, delen, START, VANDAAG, "c", Instant.EPOCH);
    }

    private static void geweigerd(
            Soort soort, Omvang omvang, String grond, Set<Examendeel> delen, String veld, String code) {
        assertThatThrownBy(() -> nieuw(soort, omvang, grond, VANDAAG, delen))
                .as(soort + " " + omvang + " " + grond + " " + delen)
                .isInstanceOfSatisfying(
                        OngeldigeInvoer.class,
                        fout -> assertThat(fout.fouten())
                                .extracting(Veldfout::veld, Veldfout::code)
                                .contains(org.assertj.core.groups.Tuple.tuple(veld, code)));
    }

    /** R1.7: a vrijstelling has one of DUO's seven codes; MED and BIO belong to an ontheffing (R1.9). */
    @Test
    void r1_7_andR1_9_eachKindHasItsOwnGrounds() {
        for (String grond : Set.of("AVI", "DIP", "DOC", "INB")) {
            assertThat(nieuw(Soort.VRIJSTELLING, Omvang.GEHEEL, grond, VANDAAG, Set.of())
                            .grond())
                    .isEqualTo(grond);
        }
        geweigerd(Soort.VRIJSTELLING, Omvang.GEHEEL, "MED", Set.of(), "grond", "R1.7");
        assertThat(nieuw(Soort.ONTHEFFING, Omvang.GEHEEL, "med", VANDAAG, Set.of())
                        .grond())
                .isEqualTo("MED");
        geweigerd(Soort.ONTHEFFING, Omvang.GEHEEL, "DIP", Set.of(), "grond", "R1.9");
    }

    /**
     * R1.7: a partial vrijstelling names its skills (never KNM) and GED is partial only; INS and OPL are temporary and
     * a temporary one has one of them.
     */
    @Test
    void r1_7_aPartialVrijstellingNamesItsSkillsAndTemporaryOnesAreInsOrOpl() {
        Vrijstelling gedeeltelijk = nieuw(
                Soort.VRIJSTELLING, Omvang.GEDEELTELIJK, "GED", VANDAAG, EnumSet.of(Examendeel.SP, Examendeel.LE));
        assertThat(gedeeltelijk.onderdelen()).isEqualTo("LE,SP");
        assertThat(gedeeltelijk.examendelen()).containsExactly(Examendeel.LE, Examendeel.SP);

        geweigerd(Soort.VRIJSTELLING, Omvang.GEDEELTELIJK, "GED", Set.of(), "onderdelen", "R1.7");
        geweigerd(Soort.VRIJSTELLING, Omvang.GEDEELTELIJK, "GED", EnumSet.of(Examendeel.KNM), "onderdelen", "R1.7");
        geweigerd(Soort.VRIJSTELLING, Omvang.GEHEEL, "GED", Set.of(), "omvang", "R1.7");
        geweigerd(Soort.VRIJSTELLING, Omvang.GEHEEL, "DIP", EnumSet.of(Examendeel.LE), "onderdelen", "R1.7");
        geweigerd(Soort.VRIJSTELLING, Omvang.GEHEEL, "INS", Set.of(), "omvang", "R1.7");
        geweigerd(Soort.VRIJSTELLING, Omvang.TIJDELIJK, "AVI", Set.of(), "omvang", "R1.7");
        assertThat(nieuw(Soort.VRIJSTELLING, Omvang.TIJDELIJK, "OPL", VANDAAG, Set.of())
                        .omvang())
                .isEqualTo(Omvang.TIJDELIJK);
    }

    /** R1.9: a partial ontheffing may cover KNM as well; an ontheffing is never temporary. */
    @Test
    void r1_9_aPartialOntheffingMayCoverKnmAndIsNeverTemporary() {
        assertThat(nieuw(Soort.ONTHEFFING, Omvang.GEDEELTELIJK, "BIO", VANDAAG, EnumSet.of(Examendeel.KNM))
                        .examendelen())
                .containsExactly(Examendeel.KNM);
        geweigerd(Soort.ONTHEFFING, Omvang.TIJDELIJK, "MED", Set.of(), "omvang", "R1.9");
    }

    /** R1.7: the decision date lies between the start of the plicht and today, both included. */
    @Test
    void r1_7_theDecisionDateLiesBetweenTheStartOfThePlichtAndToday() {
        assertThat(nieuw(Soort.VRIJSTELLING, Omvang.GEHEEL, "DIP", START, Set.of())
                        .datumBesluit())
                .isEqualTo(START);
        assertThat(nieuw(Soort.VRIJSTELLING, Omvang.GEHEEL, "DIP", VANDAAG, Set.of())
                        .datumBesluit())
                .isEqualTo(VANDAAG);
        assertThatThrownBy(() -> nieuw(Soort.VRIJSTELLING, Omvang.GEHEEL, "DIP", START.minusDays(1), Set.of()))
                .isInstanceOf(OngeldigeInvoer.class);
        assertThatThrownBy(() -> nieuw(Soort.VRIJSTELLING, Omvang.GEHEEL, "DIP", VANDAAG.plusDays(1), Set.of()))
                .isInstanceOf(OngeldigeInvoer.class);
    }

    /**
     * R1.7 with R1.11: a whole vrijstelling ends the plicht and closes the file on the decision date; a partial one
     * keeps it open and takes its parts out of the leerroute.
     */
    @Test
    void r1_7_aWholeVrijstellingClosesTheFileAndAPartialOneTakesItsPartsOut() {
        Inburgeraar gedeeltelijk = registreer();
        gedeeltelijk.legVrijstellingVast(
                Soort.VRIJSTELLING,
                Omvang.GEDEELTELIJK,
                "GED",
                VANDAAG,
                EnumSet.of(Examendeel.LU),
                "c",
                Instant.EPOCH,
                VANDAAG);
        gedeeltelijk.legVrijstellingVast(
                Soort.ONTHEFFING,
                Omvang.GEDEELTELIJK,
                "MED",
                VANDAAG,
                EnumSet.of(Examendeel.KNM),
                "c",
                Instant.EPOCH,
                VANDAAG);
        assertThat(gedeeltelijk.actief()).isTrue();
        assertThat(gedeeltelijk.vrijgesteldeOnderdelen()).containsExactly(Examendeel.LU, Examendeel.KNM);
        assertThat(gedeeltelijk.feiten().vrijgesteldeOnderdelen())
                .containsExactlyInAnyOrder(Examendeel.LU, Examendeel.KNM);

        Inburgeraar geheel = registreer();
        geheel.legVrijstellingVast(
                Soort.VRIJSTELLING, Omvang.GEHEEL, "DIP", VANDAAG, null, "c", Instant.EPOCH, VANDAAG);
        assertThat(geheel.actief()).isFalse();
        assertThat(geheel.afsluiting().orElseThrow().afsluitreden()).isEqualTo(Afsluitreden.VRIJSTELLING);
        assertThat(geheel.afsluiting().orElseThrow().datum()).isEqualTo(VANDAAG);
        assertThatThrownBy(() -> geheel.legVrijstellingVast(
                        Soort.ONTHEFFING, Omvang.GEHEEL, "MED", VANDAAG, null, "c", Instant.EPOCH, VANDAAG))
                .isInstanceOf(OngeldigeInvoer.class);
    }

    private static Inburgeraar registreer() {
        return Inburgeraar.registreer(
                new Gemeentecode("0148"),
                new Persoonsgegevens(
                        "999996708",
                        "Amina",
                        "Haddad",
                        LocalDate.of(1994, 5, 17),
                        Doelgroep.ASIELSTATUSHOUDER,
                        START,
                        START,
                        START),
                Instant.EPOCH);
    }
}
