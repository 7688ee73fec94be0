package nl.openinburgering.leerroute;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.openinburgering.shared.Veldfout;

import static org.assertj.core.api.Assertions.assertThat;

class ZrouteVolgordeTests {

    private static final LocalDate EINDGESPREK = LocalDate.of(2027, 5, 20);

    private static final ZrouteAfronding AFRONDING = new ZrouteAfronding(
            UUID.randomUUID(),
            UUID.randomUUID(),
            EINDGESPREK,
            new BigDecimal("800"),
            new BigDecimal("800"),
            "consulent.dalfsen",
            Instant.EPOCH);

    /**
     * R4.5 as DUO validates it: a PVT or MAP result on the day of the Z-route's eindgesprek or before is accepted, one
     * dated the day after is refused on its field with the rule ID.
     */
    @Test
    void r4_5_aPvtOrMapResultDatedAfterTheZrouteCompletionIsRefused() {
        assertThat(ZrouteBeheer.volgorde(AFRONDING, EINDGESPREK.minusDays(1), "datum", "het PVT"))
                .isEmpty();
        assertThat(ZrouteBeheer.volgorde(AFRONDING, EINDGESPREK, "datum", "het PVT"))
                .isEmpty();
        assertThat(ZrouteBeheer.volgorde(AFRONDING, EINDGESPREK.plusDays(1), "datum", "de MAP"))
                .get()
                .extracting(Veldfout::veld, Veldfout::code)
                .containsExactly("datum", "R4.5");
    }
}
