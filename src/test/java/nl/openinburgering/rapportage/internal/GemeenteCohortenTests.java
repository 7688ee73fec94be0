package nl.openinburgering.rapportage.internal;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GemeenteCohortenTests {

    /** The psql comparison of issue 7 times the statement the app runs (psql writes the parameter as :'gemeente'). */
    @Test
    void theSqlFileForPsqlHoldsTheStatementWordForWord() throws Exception {
        String bestand = Files.readString(Path.of("src/test/sql/rapportage-gemeente.sql"))
                .replace(":'gemeente'", ":gemeente");

        assertThat(zonderWit(bestand)).contains(zonderWit(GemeenteCohorten.SQL));
    }

    private static String zonderWit(String sql) {
        return sql.replaceAll("\\s+", " ").strip();
    }
}
