package nl.openinburgering.platform;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@AutoConfigureMockMvc // not used here: the same context as the other integration tests, so no own PostgreSQL
@ExtendWith(OutputCaptureExtension.class)
class LogMaskeringIntegrationTests {

    private static final Logger LOG = LoggerFactory.getLogger(LogMaskeringIntegrationTests.class);

    @Test
    void noBsnReachesTheApplicationLogNotEvenInsideAnException(CapturedOutput uitvoer) {
        LOG.error(
                "Registratie mislukt voor 999996708 (trace 1234567890)",
                new IllegalStateException("Key (gemeentecode, bsn)=(0148, 111222333) already exists"));

        assertThat(uitvoer.getOut())
                .contains("Registratie mislukt voor *********")
                .contains("1234567890") // ten digits: not a BSN, left alone
                .doesNotContain("999996708")
                .doesNotContain("111222333")
                .contains("IllegalStateException");
    }
}
