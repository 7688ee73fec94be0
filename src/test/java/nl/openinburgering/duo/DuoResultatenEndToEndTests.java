package nl.openinburgering.duo;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import nl.openinburgering.AlsGebruiker;
import nl.openinburgering.TestBsn;
import nl.openinburgering.Testdossier;
import nl.openinburgering.Testdossier.Aanbieder;
import nl.openinburgering.UiTestGebruikers;
import nl.openinburgering.duo.internal.DuoContract;
import nl.openinburgering.duo.internal.ResultaatMeldingen;
import nl.openinburgering.duo.simulator.SimulatorOpslag;
import nl.openinburgering.duo.simulator.SimulatorStoring;
import nl.openinburgering.inburgeraar.Doelgroep;
import nl.openinburgering.platform.Tenant;
import nl.openinburgering.pvt.Groepen;
import nl.openinburgering.pvt.PvtBeheer;
import nl.openinburgering.shared.Gemeentecode;
import nl.openinburgering.shared.Leerroute;
import nl.openinburgering.shared.Vandaag;
import nl.openinburgering.shared.Verwijtbaar;
import nl.openinburgering.werkvoorraad.Oplospagina;
import nl.openinburgering.werkvoorraad.Signaal;
import nl.openinburgering.werkvoorraad.Signaalsoort;
import nl.openinburgering.werkvoorraad.WerkvoorraadBeheer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 14, the rest: DUO's refusals on the consulent's worklist, and the results reported through DUO's "MAP, PVT
 * en Z-route" API from the deciding transaction. Against the simulator over real HTTP, in the same context as
 * {@link DuoUitwisselingEndToEndTests} (same properties).
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "openinburgering.duo.simulator.aan=true",
            "openinburgering.duo.interval=300ms",
            "openinburgering.duo.eerste-herhaling=300ms",
            "openinburgering.duo.langste-herhaling=1s",
            "openinburgering.duo.lees-timeout=1s"
        })
@AutoConfigureMockMvc
class DuoResultatenEndToEndTests {

    static final Gemeentecode GEMEENTE = new Gemeentecode("0148");

    @Autowired
    MockMvc mvc;

    @Autowired
    SimulatorOpslag simulator;

    @Autowired
    SimulatorStoring storing;

    @Autowired
    DuoBeheer uitwisseling;

    @Autowired
    WerkvoorraadBeheer werkvoorraad;

    @Autowired
    PvtBeheer pvt;

    @Autowired
    DuoContract contract;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactie;

    @AfterEach
    void herstel() {
        storing.zet(SimulatorStoring.Stand.NORMAAL);
    }

    private List<Signaal> weigeringen(String id) {
        return AlsGebruiker.consulentVanDalfsen(() -> werkvoorraad.signalen(UUID.fromString(id), Vandaag.datum()))
                .stream()
                .filter(s -> s.soort() == Signaalsoort.DUO_WEIGERING)
                .toList();
    }

    private List<UitgaandBericht> meldingen(String id, String soort) {
        return AlsGebruiker.consulentVanDalfsen(() -> uitwisseling.raadpleeg(UUID.fromString(id))).meldingen().stream()
                .filter(b -> b.soort().equals(soort))
                .toList();
    }

    /** A person whose plicht DUO starts later than the gemeente registered: DUO refuses the PIP (403). */
    private Testdossier.Persoon geweigerdePip(String bsn, LocalDate start) throws Exception {
        simulator.persoon(new SimulatorOpslag.Persoon(
                bsn, "0148", "Asielstatushouder", start.plusDays(20), start.plusDays(20), null, null));
        Testdossier.Persoon persoon = Testdossier.in(mvc)
                .bsn(bsn)
                .plichtVanaf(start)
                .persoon()
                .metPipMetAfspraken(Leerroute.B1_ROUTE)
                .vastgesteld(start.plusDays(10));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> meldingen(persoon.id(), "PIP").stream()
                        .anyMatch(b -> b.status().equals("GEWEIGERD")));
        return persoon;
    }

    /** R10.3: DUO's refusal is a signal for the consulent, with DUO's reason in Dutch, until marked handled. */
    @Test
    void r10_3_aRefusalByDuoIsAWorklistSignalWithDuosReasonUntilTheConsulentMarksItHandled() throws Exception {
        String bsn = TestBsn.nieuw();
        Testdossier.Persoon persoon = geweigerdePip(bsn, LocalDate.now().minusMonths(2));

        List<Signaal> signalen = weigeringen(persoon.id());
        assertThat(signalen).hasSize(1);
        assertThat(signalen.getFirst().regel()).isEqualTo("R10.3");
        assertThat(signalen.getFirst().actie())
                .contains("van het PIP")
                .contains(
                        "DUO weigerde de melding: De datum dagtekening ligt voor de start van de inburgeringsplicht.");
        assertThat(Oplospagina.voor(signalen.getFirst(), java.util.Optional.empty())
                        .href())
                .isEqualTo("/inburgeraars/" + persoon.id() + "/duo#meldingen-titel");

        UitgaandBericht geweigerd = meldingen(persoon.id(), "PIP").getFirst();
        mvc.perform(get("/inburgeraars/" + persoon.id() + "/duo").with(UiTestGebruikers.consulentDalfsen()))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("afgehandeld-" + geweigerd.id())));
        mvc.perform(post("/inburgeraars/" + persoon.id() + "/duo/meldingen/" + geweigerd.id() + "/afgehandeld")
                        .with(UiTestGebruikers.teamleiderDalfsen())
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/inburgeraars/" + persoon.id() + "/duo/meldingen/" + geweigerd.id() + "/afgehandeld")
                        .with(UiTestGebruikers.consulentDalfsen())
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());

        assertThat(weigeringen(persoon.id())).isEmpty();
        assertThat(AlsGebruiker.consulentVanDalfsen(() -> uitwisseling.geweigerd()))
                .noneMatch(b -> b.id().equals(geweigerd.id()));
        mvc.perform(post("/inburgeraars/" + persoon.id() + "/duo/meldingen/" + geweigerd.id() + "/afgehandeld")
                        .with(UiTestGebruikers.consulentDalfsen())
                        .with(csrf()))
                .andExpect(status().isNotFound());
    }

    /** R10.3: once DUO accepts the melding again (DUO's data corrected, the melding resent), the signal goes. */
    @Test
    void r10_3_theSignalOfARefusalGoesWhenTheMeldingIsAcceptedAfterAll() throws Exception {
        String bsn = TestBsn.nieuw();
        LocalDate start = LocalDate.now().minusMonths(2);
        Testdossier.Persoon persoon = geweigerdePip(bsn, start);
        assertThat(weigeringen(persoon.id())).hasSize(1);

        simulator.persoon(new SimulatorOpslag.Persoon(bsn, "0148", "Asielstatushouder", start, start, null, null));
        UUID melding = meldingen(persoon.id(), "PIP").getFirst().id();
        AlsGebruiker.als("beheer.dalfsen", "FUNCTIONEEL_BEHEERDER", () -> {
            uitwisseling.verzendOpnieuw(melding);
            return null;
        });
        await().atMost(Duration.ofSeconds(20)).until(() -> simulator.aantalPips(bsn) == 1);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> weigeringen(persoon.id()).isEmpty());
    }

    /**
     * R5.5, R10.3: signing the PVT writes exactly one melding to DUO in the signing's own transaction (rolled back
     * with it), and DUO registers it exactly once, as DUO's MAP/PVT/Z-route API defines it.
     */
    @Test
    void r5_5_signingThePvtWritesOneMeldingInItsTransactionAndDuoRegistersItOnce() throws Exception {
        String bsn = TestBsn.nieuw();
        LocalDate start = LocalDate.now().minusMonths(3);
        simulator.persoon(new SimulatorOpslag.Persoon(bsn, "0148", "Asielstatushouder", start, start, null, null));
        Testdossier.Persoon persoon = Testdossier.in(mvc)
                .bsn(bsn)
                .plichtVanaf(start)
                .persoon()
                .metPipMetAfspraken(Leerroute.B1_ROUTE)
                .vastgesteld(start.plusDays(5));
        await().atMost(Duration.ofSeconds(20)).until(() -> simulator.aantalPips(bsn) == 1);
        String groep = Groepen.groep(mvc, "PVT", List.of(persoon.id()));
        for (boolean activiteit : new boolean[] {false, false, false, true}) {
            Groepen.gevolgd(mvc, groep, "3.0", activiteit, null, List.of(persoon.id()));
        }
        UUID id = UUID.fromString(persoon.id());
        LocalDate datum = Vandaag.datum().minusDays(1);

        // In a transaction that rolls back: the melding is there inside it, and gone with it.
        long binnen = AlsGebruiker.consulentVanDalfsen(() -> transactie.execute(status -> {
            pvt.onderteken(id, datum, null);
            long rijen = uitgaand(id, "PVT");
            status.setRollbackOnly();
            return rijen;
        }));
        assertThat(binnen).isEqualTo(1);
        assertThat(opgeslagen(id, "PVT")).isZero();

        mvc.perform(post("/api/v1/inburgeraars/" + persoon.id() + "/pvt/ondertekening")
                        .with(Testdossier.CONSULENT)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"datum\": \"" + datum + "\"}"))
                .andExpect(status().isOk());
        assertThat(opgeslagen(id, "PVT")).isEqualTo(1);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> meldingen(persoon.id(), "PVT").stream()
                        .anyMatch(b -> b.status().equals("VERZONDEN")));
        Thread.sleep(1000);
        assertThat(simulator.resultaten(bsn, "PVT")).containsExactly("{\"datumOndertekeningPvt\":\"" + datum + "\"}");
        assertThat(simulator.aantalVerzoeken("PUT", "/personen/" + bsn + "/pvt"))
                .isEqualTo(1);
    }

    /** R4.4, R10.3: the completed Z-route goes to DUO (datumAfrondingZroute), once. */
    @Test
    void r4_4_theCompletedZrouteGoesToDuoExactlyOnce() throws Exception {
        String bsn = TestBsn.nieuw();
        LocalDate start = LocalDate.now().minusYears(1);
        simulator.persoon(
                new SimulatorOpslag.Persoon(bsn, "0148", "Gezinsmigrant en overige migrant", start, start, null, null));
        Testdossier.Persoon persoon = Testdossier.in(mvc)
                .bsn(bsn)
                .doelgroep(Doelgroep.GEZINSMIGRANT_OF_OVERIGE_MIGRANT)
                .plichtVanaf(start)
                .persoon()
                .metPip(Leerroute.Z_ROUTE)
                .vastgesteld(start.plusDays(5));
        await().atMost(Duration.ofSeconds(20)).until(() -> simulator.aantalPips(bsn) == 1);
        // R2.9: a gezinsmigrant pays the route; the gemeente does not buy it.
        persoon.deelname(Aanbieder.TAALSCHOOL, "LEERROUTE_ZELFBETAALD", start.plusDays(10))
                .uren("TAALLES_KNM", "800", start.plusDays(20));
        LocalDate eindgesprek = Vandaag.datum().minusDays(1);
        mvc.perform(post("/api/v1/inburgeraars/" + persoon.id() + "/z-route/afronding")
                        .with(Testdossier.CONSULENT)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"datumEindgesprek\": \"" + eindgesprek + "\"}"))
                .andExpect(status().isOk());
        UUID id = UUID.fromString(persoon.id());
        assertThat(opgeslagen(id, "ZROUTE")).isEqualTo(1);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> !simulator.resultaten(bsn, "ZROUTE").isEmpty());
        Thread.sleep(1000);
        assertThat(simulator.resultaten(bsn, "ZROUTE"))
                .containsExactly("{\"datumAfrondingZroute\":\"" + eindgesprek + "\"}");
    }

    /** R10.1, R5.5, R6.5: the three results, with and without verwijtbaar, conform to DUO's API; "JA" does not. */
    @Test
    void r9_11_r10_1_theResultMeldingenWithVerwijtbaarConformToDuosMapPvtZrouteApi() {
        Map<String, String> kop = Map.of(
                Digikoppeling.BRON,
                "00000001001234560148",
                Digikoppeling.DOEL,
                "00000001001234560148",
                Digikoppeling.BERICHT_ID,
                UUID.randomUUID().toString());
        LocalDate datum = LocalDate.of(2026, 5, 1);
        for (Verwijtbaar verwijtbaar : new Verwijtbaar[] {null, Verwijtbaar.JA, Verwijtbaar.NEE}) {
            assertThat(contract.verzoek(
                            ResultaatMeldingen.API,
                            "PUT",
                            "/personen/999990019/pvt",
                            kop,
                            ResultaatMeldingen.inhoud("datumOndertekeningPvt", datum, verwijtbaar)))
                    .isEmpty();
            assertThat(contract.verzoek(
                            ResultaatMeldingen.API,
                            "PUT",
                            "/personen/999990019/map",
                            kop,
                            ResultaatMeldingen.inhoud("datumEindgesprekMap", datum, verwijtbaar)))
                    .isEmpty();
        }
        assertThat(contract.verzoek(
                        ResultaatMeldingen.API,
                        "PUT",
                        "/personen/999990019/zroute",
                        kop,
                        ResultaatMeldingen.inhoud("datumAfrondingZroute", datum, null)))
                .isEmpty();
        assertThat(contract.verzoek(
                        ResultaatMeldingen.API,
                        "PUT",
                        "/personen/999990019/map",
                        kop,
                        "{\"datumEindgesprekMap\":\"2026-05-01\",\"verwijtbaar\":\"JA\"}"))
                .isNotEmpty();
    }

    /**
     * R10.3: the LBT, exam results, free attempts, vrijstellingen and ontheffingen come from DUO's own APIs when the
     * file's DUO page is opened, shown as "van DUO, niet te wijzigen"; an answer that does not conform to DUO's
     * specification is not shown as a fact.
     */
    @Test
    void r10_3_lbtExamsVrijstellingenAndOntheffingenComeFromDuoAndAreNotEditable() throws Exception {
        String bsn = TestBsn.nieuw();
        LocalDate start = LocalDate.now().minusMonths(6);
        simulator.persoon(new SimulatorOpslag.Persoon(bsn, "0148", "Asielstatushouder", start, start, null, null));
        simulator.gegeven(
                bsn,
                "/examens/resultaten",
                "[{\"examendatum\":\"2026-10-01\",\"resultaat\":\"Geslaagd\",\"onderdeel\":\"KNM\",\"niveau\":\"A2\"}]");
        simulator.gegeven(bsn, "/examens/gratispogingen", "[{\"onderdeel\":\"LE\",\"gratisPogingenTegoed\":2}]");
        simulator.gegeven(
                bsn,
                "/lbt/resultaten",
                "[{\"resultaat\":\"B1-route haalbaar\",\"behaaldeScore\":\"61,50\",\"benodigdeScore\":\"55,00\","
                        + "\"datumAfname\":\"2026-06-01\"}]");
        simulator.gegeven(
                bsn,
                "/vrijstellingen",
                "[{\"GedeeltelijkeVrijstelling\":{\"reden\":\"DIP\",\"oordeel\":\"Toekenning\",\"examenonderdeel\":\"LE\","
                        + "\"examenniveau\":\"B1\"}}]");
        simulator.gegeven(
                bsn,
                "/ontheffingen",
                "[{\"GeheleOntheffing\":{\"oordeel\":\"Afwijzing\",\"datumOordeel\":\"2026-07-01\",\"grond\":\"MED\"}}]");
        Testdossier.Persoon persoon =
                Testdossier.in(mvc).bsn(bsn).plichtVanaf(start).persoon();

        mvc.perform(get("/inburgeraars/" + persoon.id() + "/duo").with(UiTestGebruikers.consulentDalfsen()))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(org.hamcrest.Matchers.allOf(
                                org.hamcrest.Matchers.containsString("Examenresultaten (van DUO, niet te wijzigen)"),
                                org.hamcrest.Matchers.containsString("resultaat: Geslaagd"),
                                org.hamcrest.Matchers.containsString("gratisPogingenTegoed: 2"),
                                org.hamcrest.Matchers.containsString("Leerbaarheidstoets (van DUO, niet te wijzigen)"),
                                org.hamcrest.Matchers.containsString("resultaat: B1-route haalbaar"),
                                org.hamcrest.Matchers.containsString("GedeeltelijkeVrijstelling (reden: DIP"),
                                org.hamcrest.Matchers.containsString("GeheleOntheffing (oordeel: Afwijzing"),
                                org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("id=\"duo-fout\"")))));

        // DUO answers without the required examendatum: not a fact; the page says DUO could not be read.
        simulator.gegeven(bsn, "/examens/resultaten", "[{\"resultaat\":\"Geslaagd\",\"onderdeel\":\"KNM\"}]");
        mvc.perform(get("/inburgeraars/" + persoon.id() + "/duo").with(UiTestGebruikers.consulentDalfsen()))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"duo-fout\"")));
    }

    private long opgeslagen(UUID id, String soort) {
        Long aantal = Tenant.alsGemeente(GEMEENTE, () -> transactie.execute(s -> uitgaand(id, soort)));
        return aantal == null ? -1 : aantal;
    }

    private long uitgaand(UUID id, String soort) {
        return jdbc.sql("select count(*) from duo_uitgaand where inburgeraar_id = ? and soort = ?")
                .params(id, soort)
                .query(Long.class)
                .single();
    }
}
