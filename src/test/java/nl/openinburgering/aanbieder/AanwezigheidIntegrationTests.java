package nl.openinburgering.aanbieder;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import nl.openinburgering.shared.Vandaag;

import static nl.openinburgering.AlsGebruiker.consulentVanDalfsen;
import static nl.openinburgering.aanbieder.AanbiederTestdata.AANBIEDER_TAAL;
import static nl.openinburgering.aanbieder.AanbiederTestdata.TAALSCHOOL;
import static nl.openinburgering.aanbieder.AanbiederTestdata.regel;
import static nl.openinburgering.aanbieder.AanbiederTestdata.regels;
import static nl.openinburgering.aanbieder.AanbiederTestdata.sleutel;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Attendance over four weeks against the gemeente's threshold (default 80%), and the VERZUIM list. */
@SpringBootTest
@AutoConfigureMockMvc
class AanwezigheidIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UrenOverzicht overzicht;

    AanbiederTestdata data;
    LocalDate peildatum = Vandaag.datum();

    @BeforeEach
    void testdata() {
        data = new AanbiederTestdata(mvc);
    }

    /** Ten days of 3 hours, {@code afwezig} of them absent without leave, within the four weeks before today. */
    String deelnameMetAfwezigheid(String persoon, int afwezig) throws Exception {
        return deelnameMetAfwezigheid(persoon, afwezig, "ONGEOORLOOFD");
    }

    /** Ten days of 3 hours, {@code afwezig} of them absent for {@code reden}, within the four weeks before today. */
    String deelnameMetAfwezigheid(String persoon, int afwezig, String reden) throws Exception {
        String deelname = data.deelname(persoon, TAALSCHOOL, "LEERROUTE");
        String[] lijnen = new String[10];
        for (int i = 0; i < 10; i++) {
            lijnen[i] = regel(
                    deelname,
                    peildatum.minusDays(i + 1).toString(),
                    "TAALLES_KNM",
                    "3",
                    i >= afwezig,
                    i < afwezig ? reden : null);
        }
        // A line of five weeks ago falls outside the window and does not count.
        String oud = regel(deelname, peildatum.minusDays(35).toString(), "TAALLES_KNM", "3", false, "ZIEK");
        String[] alle = java.util.Arrays.copyOf(lijnen, 11);
        alle[10] = oud;
        data.meld(AANBIEDER_TAAL, sleutel(), regels(alle)).andExpect(status().isCreated());
        return deelname;
    }

    @Test
    void signalsVerzuimBelowEightyPercentButNotAtEighty() throws Exception {
        String tachtig = deelnameMetAfwezigheid(data.persoon(), 2);
        String zeventig = deelnameMetAfwezigheid(data.persoon(), 3);

        List<Verzuim> verzuim = consulentVanDalfsen(() -> overzicht.verzuim(peildatum));
        assertThat(verzuim)
                .extracting(v -> v.deelnameId().toString())
                .contains(zeventig)
                .doesNotContain(tachtig);
        Verzuim signaal = verzuim.stream()
                .filter(v -> v.deelnameId().toString().equals(zeventig))
                .findFirst()
                .orElseThrow();
        assertThat(signaal.percentage()).isEqualByComparingTo(new BigDecimal("70"));
        assertThat(signaal.drempel()).isEqualTo(80);
    }

    /** R9.2: a consulent's worklist asks only for its own cases; another person's verzuim stays out. */
    @Test
    void verzuimForGivenPersonsLeavesOthersOut() throws Exception {
        String eigen = data.persoon();
        String ander = data.persoon();
        String eigenDeelname = deelnameMetAfwezigheid(eigen, 3);
        String andereDeelname = deelnameMetAfwezigheid(ander, 3);

        List<Verzuim> verzuim =
                consulentVanDalfsen(() -> overzicht.verzuim(peildatum, List.of(UUID.fromString(eigen))));
        assertThat(verzuim).extracting(v -> v.deelnameId().toString()).containsExactly(eigenDeelname);
        assertThat(consulentVanDalfsen(() -> overzicht.verzuim(peildatum)))
                .extracting(v -> v.deelnameId().toString())
                .contains(eigenDeelname, andereDeelname);
        assertThat(consulentVanDalfsen(() -> overzicht.verzuim(peildatum, List.of())))
                .isEmpty();
    }

    @Test
    void aanwezigheidPerDeelnameCountsOnlyTheLastFourWeeks() throws Exception {
        String persoon = data.persoon();
        String deelname = deelnameMetAfwezigheid(persoon, 1);
        List<Aanwezigheid> aanwezigheid =
                consulentVanDalfsen(() -> overzicht.aanwezigheid(UUID.fromString(persoon), peildatum));
        assertThat(aanwezigheid).hasSize(1);
        Aanwezigheid a = aanwezigheid.getFirst();
        assertThat(a.deelnameId().toString()).isEqualTo(deelname);
        assertThat(a.gemeldeUren()).isEqualByComparingTo("30");
        assertThat(a.aanwezigeUren()).isEqualByComparingTo("27");
        assertThat(a.percentage()).isEqualByComparingTo("90");
        assertThat(a.onderDrempel()).isFalse();
    }

    /**
     * R9.2: absence for illness or with accepted notice is no verzuim: three of ten days ill or afgemeld give no
     * signal (and attendance counts only the other days), three days without leave do.
     */
    @Test
    void r9_2_excusedAbsenceForIllnessOrWithNoticeIsNoVerzuim() throws Exception {
        String ziek = deelnameMetAfwezigheid(data.persoon(), 3, "ZIEK");
        String afgemeld = deelnameMetAfwezigheid(data.persoon(), 3, "AFGEMELD");
        String ongeoorloofd = deelnameMetAfwezigheid(data.persoon(), 3, "ONGEOORLOOFD");

        assertThat(consulentVanDalfsen(() -> overzicht.verzuim(peildatum)))
                .extracting(v -> v.deelnameId().toString())
                .contains(ongeoorloofd)
                .doesNotContain(ziek, afgemeld);
    }
}
