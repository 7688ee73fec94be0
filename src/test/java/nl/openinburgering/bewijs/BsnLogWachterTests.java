package nl.openinburgering.bewijs;

import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/** The log scan of the whole suite can fail: a BSN handed to the logger is caught, raw or formatted. */
class BsnLogWachterTests {

    private static final Logger LOG = LoggerFactory.getLogger(BsnLogWachterTests.class);

    @Test
    void aBsnInAMessageOrInAnExceptionIsCaughtAndAnOrdinaryNumberIsNot() {
        BsnLogWachter.NIEUW.clear();
        long voor = BsnLogWachter.OVERTREDINGEN.get();

        LOG.info("Ordernummer 123456789 en trace 1234567890"); // 123456789 fails the elfproef
        assertThat(BsnLogWachter.NIEUW).isEmpty();

        LOG.info("Dossier van {}", "999996708");
        LOG.warn("Mislukt", new IllegalStateException("Key (bsn)=(9999.96.708) already exists"));

        assertThat(BsnLogWachter.OVERTREDINGEN.get() - voor).isEqualTo(2);
        assertThat(BsnLogWachter.NIEUW)
                .hasSize(2)
                .allSatisfy(melding -> assertThat(melding).contains("******708").doesNotContain("999996708"));
        BsnLogWachter.NIEUW.clear(); // these two were on purpose; anything else still fails this test
        BsnLogWachter.OVERTREDINGEN.addAndGet(-2);
        BsnLogWachter.RUW_GEMASKEERD.addAndGet(2);
    }

    @Test
    void theElfproefDecides() {
        assertThat(BsnLogWachter.vindBsn("bsn 999996708")).isEqualTo("999996708");
        assertThat(BsnLogWachter.vindBsn("bsn 999996709")).isNull();
        assertThat(BsnLogWachter.vindBsn("id 1999996708")).isNull();
        assertThat(BsnLogWachter.vindBsn("bsn 9999 96 708")).isEqualTo("999996708");
        // nine digits inside a trace id or UUID are no BSN; the same digits on their own are
        assertThat(BsnLogWachter.vindBsn("[3e1f999996708b8f04270bb9ec89ae08]")).isNull();
        assertThat(BsnLogWachter.vindBsn("[999996708e1fb8f04270bb9ec89ae08a]")).isNull();
        assertThat(BsnLogWachter.vindBsn("bsn=999996708;")).isEqualTo("999996708");
    }
}
