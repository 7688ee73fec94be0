package nl.openinburgering.handhaving;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.openinburgering.shared.Conflict;
import nl.openinburgering.shared.NietToegestaan;
import nl.openinburgering.shared.OngeldigeInvoer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The steps of a handhavingszaak and their guards, on both sides of each boundary. */
class HandhavingszaakTests {

    static final LocalDate START = LocalDate.of(2026, 3, 2);
    static final LocalDate VER = LocalDate.of(2027, 1, 1);
    static final Bewijs ONGEOORLOOFD = new Bewijs(
            Bewijs.Soort.URENREGEL, "11", START.minusDays(3), "Taalschool: 3 uur afwezig (ONGEOORLOOFD)", false);
    static final Bewijs ZIEK =
            new Bewijs(Bewijs.Soort.URENREGEL, "12", START.minusDays(2), "Taalschool: 3 uur afwezig (ZIEK)", true);
    static final Bewijs GELDIGE_REDEN =
            new Bewijs(Bewijs.Soort.NIET_VERSCHENEN, "0", START.minusDays(2), "Niet verschenen (geldige reden)", true);

    @Test
    void r9_2_excused_absence_alone_never_opens_a_case() {
        assertThatThrownBy(() -> Handhavingszaak.open(kern(Grond.PIP, PipAfspraak.LEERROUTE), List.of(ZIEK), START))
                .isInstanceOfSatisfying(
                        OngeldigeInvoer.class,
                        e -> assertThat(e.fouten())
                                .anySatisfy(f -> assertThat(f.code()).isEqualTo("R9.2")));
        assertThat(Handhavingszaak.open(kern(Grond.PIP, PipAfspraak.LEERROUTE), List.of(ZIEK, ONGEOORLOOFD), START)
                        .stap())
                .isEqualTo(Stap.GESPREK);
    }

    @Test
    void r9_1_a_missed_intake_with_a_valid_reason_never_opens_a_case() {
        assertThatThrownBy(() -> Handhavingszaak.open(kern(Grond.INTAKE, null), List.of(GELDIGE_REDEN), START))
                .isInstanceOfSatisfying(
                        OngeldigeInvoer.class,
                        e -> assertThat(e.fouten())
                                .anySatisfy(f -> assertThat(f.code()).isEqualTo("R9.1")));
    }

    @Test
    void r9_2_excused_absence_found_in_the_conversation_ends_the_case_and_leads_nowhere() {
        Handhavingszaak zaak = geopend();
        assertThat(zaak.legGesprekVast(START, "Was opgenomen in het ziekenhuis", true, START)
                        .verschoonbaar())
                .isTrue();
        assertThat(zaak.stap()).isEqualTo(Stap.VERSCHOOND);
        assertThatThrownBy(() -> zaak.verstuurWaarschuwing(START, 14, START)).isInstanceOf(Conflict.class);
        assertThatThrownBy(() -> zaak.besluitGeenBoete(START, "x", "a", START)).isInstanceOf(Conflict.class);
    }

    @Test
    void r9_4_a_participatiewet_obligation_is_referred_not_fined() {
        assertThatThrownBy(() -> Handhavingszaak.open(
                        kern(Grond.PIP, PipAfspraak.MACHTIGING_ONTZORGEN), List.of(ONGEOORLOOFD), START))
                .isInstanceOfSatisfying(
                        OngeldigeInvoer.class,
                        e -> assertThat(e.fouten())
                                .anySatisfy(f -> assertThat(f.code()).isEqualTo("R9.4")));
    }

    @Test
    void the_warning_comes_only_after_the_conversation() {
        Handhavingszaak zaak = geopend();
        assertThatThrownBy(() -> zaak.verstuurWaarschuwing(START, 14, START)).isInstanceOf(Conflict.class);
        zaak.legGesprekVast(START, "Geen reden gegeven", false, START);
        assertThat(zaak.verstuurWaarschuwing(START, 14, START).termijnEinde()).isEqualTo(START.plusDays(14));
    }

    @Test
    void r9_6_the_voornemen_waits_until_the_warning_term_has_passed() {
        Handhavingszaak zaak = gewaarschuwd();
        zaak.legEvenredigheidVast("Drie gesprekken zonder resultaat", "Gesprekken, extra begeleiding");
        assertThatThrownBy(() -> zaak.verstuurVoornemen(START.plusDays(13), pip(), 14, VER))
                .isInstanceOfSatisfying(
                        OngeldigeInvoer.class,
                        e -> assertThat(e.fouten().getFirst().code()).isEqualTo("R9.6"));
        assertThat(zaak.verstuurVoornemen(START.plusDays(14), pip(), 14, VER).zienswijzetermijnEinde())
                .isEqualTo(START.plusDays(28));
    }

    @Test
    void r9_5_the_voornemen_needs_the_recorded_proportionality_first() {
        Handhavingszaak zaak = gewaarschuwd();
        assertThatThrownBy(() -> zaak.verstuurVoornemen(START.plusDays(14), pip(), 14, VER))
                .isInstanceOfSatisfying(
                        OngeldigeInvoer.class,
                        e -> assertThat(e.fouten())
                                .anySatisfy(f -> assertThat(f.code()).isEqualTo("R9.5")));
        assertThatThrownBy(() -> zaak.legEvenredigheidVast("Evenredig", " ")).isInstanceOf(OngeldigeInvoer.class);
    }

    @Test
    void r9_7_without_a_zienswijze_the_proposal_waits_until_the_zienswijze_term_has_passed() {
        Handhavingszaak zaak = voornemen();
        LocalDate einde = START.plusDays(28);
        assertThatThrownBy(() -> zaak.stelBoeteVoor(einde.minusDays(1), "Motivering", null, "consulent", VER))
                .isInstanceOfSatisfying(
                        OngeldigeInvoer.class,
                        e -> assertThat(e.fouten().getFirst().code()).isEqualTo("R9.7"));
        assertThat(zaak.stelBoeteVoor(einde, "Motivering", null, "consulent", VER)
                        .bedrag())
                .isEqualByComparingTo("200");
    }

    @Test
    void r9_7_a_recorded_zienswijze_lets_the_proposal_follow_before_the_term_ends() {
        Handhavingszaak zaak = voornemen();
        zaak.legZienswijzeVast(START.plusDays(16), Zienswijzevorm.MONDELING, "Ik had geen oppas", VER);
        assertThat(zaak.stap()).isEqualTo(Stap.ZIENSWIJZE);
        Matiging matiging = Matiging.van(
                Matigingsgrond.VERMINDERDE_VERWIJTBAARHEID, "Geen oppas", new BigDecimal("100"), new BigDecimal("200"));
        assertThat(zaak.stelBoeteVoor(START.plusDays(17), "Motivering", matiging, "consulent", VER)
                        .bedrag())
                .isEqualByComparingTo("100");
    }

    @Test
    void vier_ogen_the_proposer_may_not_fix_the_fine_another_person_may() {
        Handhavingszaak zaak = voornemen();
        zaak.stelBoeteVoor(START.plusDays(28), "Motivering", null, "consulent.dalfsen", VER);
        assertThatThrownBy(() -> zaak.stelBoeteVast(START.plusDays(29), "consulent.dalfsen", VER))
                .isInstanceOf(NietToegestaan.class);
        assertThat(zaak.stelBoeteVast(START.plusDays(29), "teamleider.dalfsen", VER)
                        .bedrag())
                .isEqualByComparingTo("200");
        assertThat(zaak.stap()).isEqualTo(Stap.BOETE_OPGELEGD);
        assertThat(zaak.gegevens().betaling().status()).isEqualTo(Betaalstatus.OPEN);
    }

    @Test
    void a_decision_not_to_fine_needs_a_reason_and_ends_the_case() {
        Handhavingszaak zaak = voornemen();
        assertThatThrownBy(() -> zaak.besluitGeenBoete(START.plusDays(20), " ", "teamleider", VER))
                .isInstanceOf(OngeldigeInvoer.class);
        zaak.besluitGeenBoete(START.plusDays(20), "Zienswijze overtuigt", "teamleider", VER);
        assertThat(zaak.stap()).isEqualTo(Stap.GEEN_BOETE);
        assertThatThrownBy(() -> zaak.stelBoeteVoor(START.plusDays(28), "M", null, "c", VER))
                .isInstanceOf(Conflict.class);
    }

    @Test
    void r9_5_a_fine_is_offset_against_bijstand_only_where_the_verordening_allows_it() {
        Handhavingszaak zaak = voornemen();
        zaak.stelBoeteVoor(START.plusDays(28), "Motivering", null, "consulent", VER);
        zaak.stelBoeteVast(START.plusDays(29), "teamleider", VER);
        assertThatThrownBy(() -> zaak.wijzigBetaalstatus(Betaalstatus.VERREKEND, false, VER))
                .isInstanceOfSatisfying(
                        OngeldigeInvoer.class,
                        e -> assertThat(e.fouten().getFirst().code()).isEqualTo("R9.5"));
        zaak.wijzigBetaalstatus(Betaalstatus.VERREKEND, true, VER);
        assertThat(zaak.gegevens().betaling().status()).isEqualTo(Betaalstatus.VERREKEND);
    }

    static Boeteberekening pip() {
        return Boeteberekening.pip(3, Verwijtbaarheidsgraad.OPZET, Boetebeleid.STANDAARD);
    }

    static Zaakgegevens.Kern kern(Grond grond, PipAfspraak afspraak) {
        return new Zaakgegevens.Kern(
                UUID.randomUUID(),
                "0148",
                UUID.randomUUID(),
                grond,
                grond == Grond.PIP ? UUID.randomUUID() : null,
                afspraak,
                List.of(START.minusDays(3)),
                START,
                "consulent.dalfsen");
    }

    static Handhavingszaak geopend() {
        return Handhavingszaak.open(kern(Grond.PIP, PipAfspraak.LEERROUTE), List.of(ONGEOORLOOFD), START);
    }

    static Handhavingszaak gewaarschuwd() {
        Handhavingszaak zaak = geopend();
        zaak.legGesprekVast(START, "Geen reden", false, START);
        zaak.verstuurWaarschuwing(START, 14, START);
        return zaak;
    }

    static Handhavingszaak voornemen() {
        Handhavingszaak zaak = gewaarschuwd();
        zaak.legEvenredigheidVast("Evenredig", "Gesprekken");
        zaak.verstuurVoornemen(START.plusDays(14), pip(), 14, VER);
        return zaak;
    }
}
