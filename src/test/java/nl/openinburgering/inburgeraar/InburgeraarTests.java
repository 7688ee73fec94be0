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
        LocalDate vandaag = LocalDate.of(2026, 6, 1);
        assertThatThrownBy(() -> Persoonsgegevens.metAdresvelden(
                        vandaag,
                        "999996708",
                        "A",
                        "B",
                        vandaag.plusDays(1),
                        Doelgroep.ASIELSTATUSHOUDER,
                        vandaag.plusDays(2),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null))
                .isInstanceOfSatisfying(
                        OngeldigeInvoer.class,
                        fout -> assertThat(fout.fouten())
                                .extracting(Veldfout::code)
                                .contains("datum.toekomst"));
        Persoonsgegevens morgenGeboren = new Persoonsgegevens(
                "999996708",
                "A",
                "B",
                vandaag.plusDays(1),
                Doelgroep.ASIELSTATUSHOUDER,
                LocalDate.of(2045, 1, 1),
                null,
                null);
        assertThatThrownBy(() -> morgenGeboren.nietInDeToekomst(vandaag))
                .as("the facade's check with its clock")
                .isInstanceOfSatisfying(
                        OngeldigeInvoer.class,
                        fout -> assertThat(fout.fouten())
                                .extracting(Veldfout::code)
                                .containsExactly("datum.toekomst"));
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

    /**
     * R1.11: a file closes only with a written explanation and a day between the start of the plicht and today; a
     * closed file cannot be closed again. The history keeps the reason, the day, who and when.
     */
    @Test
    void r1_11_aFileClosesWithAReasonAndAnExplanationOnADayInsideThePlicht() {
        LocalDate start = LocalDate.of(2026, 2, 2);
        Inburgeraar inburgeraar = Inburgeraar.registreer(DALFSEN, gegevens(start, start), Instant.EPOCH);
        Instant moment = Instant.parse("2026-06-01T09:00:00Z");
        LocalDate vandaag = LocalDate.of(2026, 6, 1);

        assertThatThrownBy(() -> inburgeraar.sluitAf(Afsluitreden.OVERLEDEN, vandaag, " ", "c", moment, vandaag))
                .isInstanceOfSatisfying(
                        OngeldigeInvoer.class,
                        fout -> assertThat(fout.fouten())
                                .extracting(Veldfout::veld, Veldfout::code)
                                .containsExactly(org.assertj.core.groups.Tuple.tuple("toelichting", "R1.11")));
        // the day before the plicht started and tomorrow are refused; the first day of the plicht and today are not
        assertThatThrownBy(() -> inburgeraar.sluitAf(
                        Afsluitreden.OVERLEDEN, LocalDate.of(2026, 1, 11), "Bericht BRP", "c", moment, vandaag))
                .isInstanceOfSatisfying(
                        OngeldigeInvoer.class,
                        fout -> assertThat(fout.fouten())
                                .extracting(Veldfout::veld)
                                .containsExactly("datum"));
        assertThatThrownBy(() -> inburgeraar.sluitAf(
                        Afsluitreden.OVERLEDEN, vandaag.plusDays(1), "Bericht BRP", "c", moment, vandaag))
                .isInstanceOf(OngeldigeInvoer.class);
        assertThat(inburgeraar.actief()).isTrue();

        DossierAfgesloten afgesloten = inburgeraar.sluitAf(
                Afsluitreden.OVERLEDEN, vandaag, " Bericht BRP ", "consulent.dalfsen", moment, vandaag);

        assertThat(afgesloten)
                .isEqualTo(new DossierAfgesloten(inburgeraar.id(), DALFSEN, Afsluitreden.OVERLEDEN, vandaag));
        assertThat(inburgeraar.actief()).isFalse();
        assertThat(inburgeraar.afsluiting())
                .contains(new Dossierafsluiting(
                        0,
                        "0148",
                        Dossierafsluiting.Soort.AFGESLOTEN,
                        Afsluitreden.OVERLEDEN,
                        vandaag,
                        "Bericht BRP",
                        "consulent.dalfsen",
                        moment));
        assertThatThrownBy(() ->
                        inburgeraar.sluitAf(Afsluitreden.PLICHT_VOLDAAN, vandaag, "Nogmaals", "c", moment, vandaag))
                .isInstanceOf(OngeldigeInvoer.class);
        Inburgeraar ander = Inburgeraar.registreer(DALFSEN, gegevens(start, start), Instant.EPOCH);
        ander.sluitAf(Afsluitreden.VERHUISD, LocalDate.of(2026, 1, 12), "Naar Zwolle", "c", moment, vandaag);
        assertThat(ander.actief()).isFalse();
    }

    /** R1.11: only a closed file reopens, and only with a reason; the history keeps both lines. */
    @Test
    void r1_11_aClosedFileReopensWithAReasonAndAnOpenFileDoesNot() {
        LocalDate start = LocalDate.of(2026, 2, 2);
        Inburgeraar inburgeraar = Inburgeraar.registreer(DALFSEN, gegevens(start, start), Instant.EPOCH);
        Instant moment = Instant.parse("2026-06-01T09:00:00Z");
        LocalDate vandaag = LocalDate.of(2026, 6, 1);

        assertThatThrownBy(() -> inburgeraar.heropen("Per ongeluk", "c", moment, vandaag))
                .isInstanceOf(OngeldigeInvoer.class);
        inburgeraar.sluitAf(Afsluitreden.VERTROKKEN_UIT_NEDERLAND, vandaag, "Vertrokken", "c", moment, vandaag);
        assertThatThrownBy(() -> inburgeraar.heropen("", "c", moment, vandaag))
                .isInstanceOfSatisfying(
                        OngeldigeInvoer.class,
                        fout -> assertThat(fout.fouten())
                                .extracting(Veldfout::veld, Veldfout::code)
                                .containsExactly(org.assertj.core.groups.Tuple.tuple("toelichting", "R1.11")));
        assertThat(inburgeraar.actief()).isFalse();

        assertThat(inburgeraar.heropen("Teruggekeerd binnen een jaar", "teamleider.dalfsen", moment, vandaag))
                .isEqualTo(new DossierHeropend(inburgeraar.id(), DALFSEN));

        assertThat(inburgeraar.actief()).isTrue();
        assertThat(inburgeraar.afsluiting()).isEmpty();
        assertThat(inburgeraar.afsluitingen())
                .extracting(Dossierafsluiting::soort, Dossierafsluiting::toelichting)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Dossierafsluiting.Soort.AFGESLOTEN, "Vertrokken"),
                        org.assertj.core.groups.Tuple.tuple(
                                Dossierafsluiting.Soort.HEROPEND, "Teruggekeerd binnen een jaar"));
    }

    /** R1.11 with R3.12: a moved person is counted by the new gemeente only; every other closing keeps counting. */
    @Test
    void r1_11_onlyAFileClosedForAMoveLeavesTheReports() {
        for (Afsluitreden reden : Afsluitreden.values()) {
            assertThat(reden.telMeeInRapportages()).as(reden.name()).isEqualTo(reden != Afsluitreden.VERHUISD);
        }
    }
}
