package nl.openinburgering.browser;

import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import nl.openinburgering.AlsGebruiker;
import nl.openinburgering.TestBsn;
import nl.openinburgering.duo.Aanmelding;
import nl.openinburgering.duo.DuoBeheer;
import nl.openinburgering.duo.Oin;
import nl.openinburgering.duo.simulator.DuoSimulator;
import nl.openinburgering.duo.simulator.SimulatorOpslag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The exchange's pages in a real browser (R2.8, R10.3, R10.5): DUO announces a new inburgeringsplichtige (SS139)
 * through the simulator; the consulent finds it on "DUO", registers it with name and date of birth and
 * opens the file's DUO page; the functioneel beheerder opens the exchange. Every page is checked by axe-core.
 */
@TestPropertySource(properties = {"openinburgering.duo.simulator.aan=true", "openinburgering.duo.interval=300ms"})
class DuoBrowserTests extends BrowserTest {

    @Autowired
    DuoSimulator duo;

    @Autowired
    SimulatorOpslag simulator;

    @Autowired
    DuoBeheer uitwisseling;

    @Test
    void r2_8_r10_5_theConsulentRegistersAPersonDuoAnnouncedAndTheBeheerderSeesTheExchange() {
        String bsn = TestBsn.nieuw();
        LocalDate kennisgeving = LocalDate.now().minusDays(2);
        simulator.persoon(new SimulatorOpslag.Persoon(
                bsn, "0148", "Asielstatushouder", kennisgeving.minusWeeks(3), kennisgeving, null, null));
        assertThat(duo.notificeer(new Oin("00000001001234560148"), bsn, "SS139"))
                .isEqualTo(201);
        Aanmelding aanmelding = await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> AlsGebruiker.consulentVanDalfsen(() -> uitwisseling.aanmeldingen(0, 500)).stream()
                                .filter(a -> a.bsn().equals(bsn))
                                .findFirst(),
                        java.util.Optional::isPresent)
                .orElseThrow();

        sessie.logIn("consulent.dalfsen");
        sessie.open("/duo");
        sessie.wachtOp("aanmeldingen");
        assertThat(sessie.tekst("aanmeldingen"))
                .contains(aanmelding.gemaskeerdBsn())
                .contains("SS139");
        sessie.controleerToegankelijkheid("DUO-werkvoorraad");

        sessie.open("/duo/aanmeldingen/" + aanmelding.berichtId());
        sessie.wachtOp("van-duo");
        sessie.controleerToegankelijkheid("Aanmelding van DUO");
        sessie.vul("veld-voornamen", "Selam");
        sessie.vul("veld-geslachtsnaam", "Tesfay");
        sessie.datum("veld-geboortedatum", LocalDate.of(1995, 4, 2));
        sessie.element("registreren").click();
        sessie.wachtOp("naar-duo");
        assertThat(sessie.tekst("melding")).contains("geregistreerd met de gegevens van DUO");
        sessie.element("naar-duo").click();
        sessie.wachtOp("duo-INBURGERINGSPLICHT");
        assertThat(sessie.tekst("duo-INBURGERINGSPLICHT")).contains(kennisgeving.toString());
        sessie.controleerToegankelijkheid("Gegevens van DUO in het dossier");
        sessie.logUit();

        sessie.logIn("beheer.dalfsen");
        sessie.open("/beheer/duo");
        sessie.wachtOp("notificaties");
        assertThat(sessie.tekst("notificaties")).contains("SS139");
        sessie.controleerToegankelijkheid("Uitwisseling met DUO");
    }
}
