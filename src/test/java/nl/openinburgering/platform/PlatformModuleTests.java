package nl.openinburgering.platform;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;

import nl.openinburgering.TestBsn;
import nl.openinburgering.platform.Verwerkingsactiviteit.Handeling;
import nl.openinburgering.platform.Verwerkingsactiviteit.Uitkomst;
import nl.openinburgering.shared.Bsn;
import nl.openinburgering.shared.Gemeentecode;

import static org.assertj.core.api.Assertions.assertThat;

/** The platform on its own: a processing-log line is written under a pseudonym and only its gemeente sees it. */
@ApplicationModuleTest
@WithMockUser(
        username = "consulent.dalfsen",
        authorities = {"ROLE_CONSULENT", "GEMEENTE_0148"})
class PlatformModuleTests {

    static final Gemeentecode DALFSEN = new Gemeentecode("0148");
    static final Gemeentecode STAPHORST = new Gemeentecode("0180");

    @Autowired
    Verwerkingslog verwerkingslog;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactie;

    @Test
    void aProcessingLogLineIsKeptUnderAPseudonymAndOnlyItsOwnGemeenteSeesIt() {
        Bsn bsn = new Bsn(TestBsn.nieuw());

        verwerkingslog.vastleggen(
                Verwerkingsactiviteit.DOSSIER_RAADPLEGEN, Handeling.LEZEN, List.of(bsn), Uitkomst.GELUKT);

        String pseudoniem = verwerkingslog.pseudoniem(bsn);
        assertThat(pseudoniem).hasSize(64).doesNotContain(bsn.waarde());
        assertThat(regels(DALFSEN, pseudoniem)).isEqualTo(1);
        assertThat(regels(STAPHORST, pseudoniem)).isZero();
    }

    private long regels(Gemeentecode gemeente, String pseudoniem) {
        return Tenant.alsGemeente(
                gemeente,
                () -> transactie.execute(status -> jdbc.sql("select count(*) from verwerking where betrokkene = :p")
                        .param("p", pseudoniem)
                        .query(Long.class)
                        .single()));
    }
}
