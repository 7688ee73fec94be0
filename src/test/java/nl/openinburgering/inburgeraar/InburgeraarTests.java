package nl.openinburgering.inburgeraar;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import nl.openinburgering.shared.Gemeentecode;
import nl.openinburgering.shared.OngeldigeInvoer;
import nl.openinburgering.shared.Veldfout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InburgeraarTests {

    private static final Gemeentecode DALFSEN = new Gemeentecode("0148");

    private static Persoonsgegevens gegevens(LocalDate vestiging, LocalDate startTermijn) {
        return new Persoonsgegevens(
                "999996708",
                "Amina",
                "Haddad",
                LocalDate.of(1994, 5, 17),
                Doelgroep.ASIELSTATUSHOUDER,
                LocalDate.of(2026, 1, 12),
                vestiging,
                startTermijn);
    }

    /**
     * R2.8: changing the start of the 10-week term needs a reason and leaves a history line (from, to, why, who,
     * when); an edit that keeps the start needs no reason and adds no line.
     */
    @Test
    void r2_8_aChangedStartOfTheTenWeekTermNeedsAReasonAndLeavesAHistoryLine() {
        LocalDate start = LocalDate.of(2026, 2, 2);
        Inburgeraar inburgeraar = Inburgeraar.registreer(DALFSEN, gegevens(start, start), Instant.EPOCH);
        Instant moment = Instant.parse("2026-03-01T09:00:00Z");

        inburgeraar.wijzig(gegevens(start, start), 0, null, "consulent.dalfsen", moment);
        assertThat(inburgeraar.termijnstartWijzigingen()).isEmpty();

        assertThatThrownBy(() -> inburgeraar.wijzig(gegevens(start, start.plusDays(1)), 0, " ", "c", moment))
                .isInstanceOfSatisfying(
                        OngeldigeInvoer.class,
                        fout -> assertThat(fout.fouten())
                                .extracting(Veldfout::veld, Veldfout::code)
                                .containsExactly(
                                        org.assertj.core.groups.Tuple.tuple("redenWijzigingStartTermijn", "R2.8")));
        assertThat(inburgeraar.datumStartTermijnVaststellingLeerroute()).isEqualTo(start);

        inburgeraar.wijzig(
                gegevens(start, start.plusDays(1)),
                0,
                "Kennisgeving DUO (SS139) kwam later",
                "consulent.dalfsen",
                moment);
        assertThat(inburgeraar.termijnstartWijzigingen())
                .containsExactly(new TermijnstartWijziging(
                        0,
                        "0148",
                        start,
                        start.plusDays(1),
                        "Kennisgeving DUO (SS139) kwam later",
                        "consulent.dalfsen",
                        moment));
        assertThat(inburgeraar.uiterlijkeDatumVaststellingPip()).contains(start.plusDays(71));
    }

    /** R2.8: the PIP must be fixed within 10 weeks: start of the term + 70 days. */
    @Test
    void r2_8_uiterlijkeDatumVaststellingPipIsStartOfTermPlus70Days() {
        Inburgeraar inburgeraar = Inburgeraar.registreer(
                DALFSEN, gegevens(LocalDate.of(2026, 2, 2), LocalDate.of(2026, 2, 2)), Instant.EPOCH);

        assertThat(inburgeraar.uiterlijkeDatumVaststellingPip()).contains(LocalDate.of(2026, 4, 13));
    }

    /** R2.8 with api.md: the start of the 10-week term defaults to the date of settlement in the gemeente. */
    @Test
    void r2_8_startOfTermDefaultsToDatumVestigingGemeente() {
        Inburgeraar inburgeraar =
                Inburgeraar.registreer(DALFSEN, gegevens(LocalDate.of(2026, 3, 1), null), Instant.EPOCH);

        assertThat(inburgeraar.datumStartTermijnVaststellingLeerroute()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(inburgeraar.uiterlijkeDatumVaststellingPip()).contains(LocalDate.of(2026, 5, 10));
    }

    /** R2.8: an explicit SS139 date wins over the date of settlement. */
    @Test
    void r2_8_explicitStartOfTermWinsOverDatumVestiging() {
        Inburgeraar inburgeraar = Inburgeraar.registreer(
                DALFSEN, gegevens(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 15)), Instant.EPOCH);

        assertThat(inburgeraar.uiterlijkeDatumVaststellingPip()).contains(LocalDate.of(2026, 5, 24));
    }

    @Test
    void r2_8_hasNoDeadlineWhileTheTermHasNotStarted() {
        Inburgeraar inburgeraar = Inburgeraar.registreer(DALFSEN, gegevens(null, null), Instant.EPOCH);

        assertThat(inburgeraar.uiterlijkeDatumVaststellingPip()).isEmpty();
    }

    @Test
    void reportsEveryMissingFieldAtOnceInDutch() {
        assertThatThrownBy(() -> new Persoonsgegevens("123456789", " ", null, null, null, null, null, null))
                .isInstanceOfSatisfying(
                        OngeldigeInvoer.class,
                        fout -> assertThat(fout.fouten())
                                .extracting(Veldfout::veld)
                                .containsExactly(
                                        "bsn",
                                        "voornamen",
                                        "geslachtsnaam",
                                        "geboortedatum",
                                        "doelgroep",
                                        "datumStartInburgeringsplicht"));
    }

    @Test
    void refusesABirthDateInTheFuture() {
        assertThatThrownBy(() -> new Persoonsgegevens(
                        "999996708",
                        "A",
                        "B",
                        LocalDate.now().plusDays(1),
                        Doelgroep.ASIELSTATUSHOUDER,
                        LocalDate.now().plusDays(2),
                        null,
                        null))
                .isInstanceOfSatisfying(
                        OngeldigeInvoer.class,
                        fout -> assertThat(fout.fouten())
                                .extracting(Veldfout::code)
                                .contains("datum.toekomst"));
    }

    @Test
    void aChangeKeepsTheVersionTheEditorSawForTheOptimisticLock() {
        Inburgeraar inburgeraar =
                Inburgeraar.registreer(DALFSEN, gegevens(LocalDate.of(2026, 2, 2), null), Instant.EPOCH);

        // the start of the 10-week term stays as registered: changing it would need a reason (R2.8)
        inburgeraar.wijzig(gegevens(LocalDate.of(2026, 2, 9), LocalDate.of(2026, 2, 2)), 3);

        assertThat(inburgeraar.versie()).isEqualTo(3);
        assertThat(inburgeraar.datumVestigingGemeente()).isEqualTo(LocalDate.of(2026, 2, 9));
    }
}
