package nl.openinburgering.handhaving.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.openinburgering.handhaving.Betaalstatus;
import nl.openinburgering.handhaving.Boeteregel;
import nl.openinburgering.handhaving.Grond;

import static org.assertj.core.api.Assertions.assertThat;

class BoeteexportTests {

    @Test
    void r9_5_the_export_has_one_line_per_fine_with_what_the_debiteurenadministratie_needs() {
        String csv = Boeteexport.csv(List.of(new Boeteregel(
                UUID.randomUUID(),
                "HH-12345678",
                "999996708",
                "Amina \"Mina\" Haddad",
                "=Dorpsstraat 1, 7721 AB DALFSEN",
                Grond.PIP,
                LocalDate.of(2026, 3, 2),
                new BigDecimal("25"),
                Betaalstatus.OPEN)));
        assertThat(csv.split("\r\n"))
                .containsExactly(
                        Boeteexport.KOP,
                        "\"HH-12345678\";\"999996708\";\"Amina \"\"Mina\"\" Haddad\";\"'=Dorpsstraat 1, 7721 AB DALFSEN\";PIP;2026-03-02;25.00;OPEN");
    }
}
