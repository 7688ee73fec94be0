package nl.openinburgering.duo;

import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.openinburgering.duo.internal.DuoContract;

import static org.assertj.core.api.Assertions.assertThat;

/** R10.1: the validator really checks messages against DUO's unedited OpenAPI files. */
class DuoContractTests {

    private static final String GEMEENTE = "00000001001234567000";
    private static final String DUO = "00000001800866472000";
    private static final String BERICHT = "3f0c2c1e-6a53-4c0f-9a4e-0f8f3c7d9b21";

    private final DuoContract contract = new DuoContract();

    private static Map<String, String> kop() {
        return Map.of("bron", GEMEENTE, "doel", DUO, "berichtId", BERICHT);
    }

    @Test
    void r10_1_acceptsAValidPipMelding() {
        assertThat(contract.verzoek(
                        "PIP",
                        "POST",
                        "/personen/999990019/PIP",
                        kop(),
                        "{\"dagtekeningPip\":\"2026-03-01\",\"leerroute\":\"B\",\"niveau\":\"B1\"}"))
                .isEmpty();
    }

    @Test
    void r10_1_rejectsAPipMeldingWithAnUnknownLeerrouteOrWithoutDagtekening() {
        assertThat(contract.verzoek("PIP", "POST", "/personen/999990019/PIP", kop(), "{\"leerroute\":\"X\"}"))
                .anyMatch(f -> f.contains("dagtekeningPip"))
                .anyMatch(f -> f.contains("leerroute"));
    }

    @Test
    void r10_1_rejectsAMessageWithoutDigikoppelingHeadersOrWithABadOinOrBerichtId() {
        assertThat(contract.verzoek("PIP", "GET", "/personen/999990019/PIP", Map.of(), null))
                .contains("header bron ontbreekt", "header doel ontbreekt", "header berichtId ontbreekt");
        assertThat(contract.verzoek(
                        "PIP",
                        "GET",
                        "/personen/999990019/PIP",
                        Map.of("bron", "123", "doel", DUO, "berichtId", "geen-uuid"),
                        null))
                .anyMatch(f -> f.startsWith("header bron"))
                .anyMatch(f -> f.startsWith("header berichtId"));
    }

    @Test
    void r10_1_rejectsABsnThatIsNotNineDigitsInThePath() {
        assertThat(contract.verzoek("Inburgeringsplicht", "GET", "/personen/12345/inburgeringsplicht", kop(), null))
                .anyMatch(f -> f.startsWith("path bsn"));
    }

    @Test
    void r10_1_checksTheNotificatieBodyAndTheResponsesOfTheEndpoint() {
        assertThat(
                        contract.verzoek(
                                "Notificatie",
                                "POST",
                                "/notificaties",
                                kop(),
                                "{\"registratieDatumTijd\":\"2026-03-01T10:00:00Z\",\"bsn\":\"999990019\",\"gebeurtenisId\":\"SS139\"}"))
                .isEmpty();
        assertThat(contract.verzoek(
                        "Notificatie",
                        "POST",
                        "/notificaties",
                        kop(),
                        "{\"bsn\":\"999990019\",\"gebeurtenisId\":\"ss 139\"}"))
                .anyMatch(f -> f.contains("registratieDatumTijd"))
                .anyMatch(f -> f.contains("gebeurtenisId"));
        assertThat(contract.antwoord("Notificatie", "POST", "/notificaties", 201, Map.of("API-Version", "1.8.0"), null))
                .isEmpty();
        assertThat(contract.antwoord("Notificatie", "POST", "/notificaties", 201, Map.of(), null))
                .contains("header API-Version ontbreekt in het antwoord");
        assertThat(contract.antwoord("Notificatie", "POST", "/notificaties", 404, Map.of("API-Version", "1.8.0"), null))
                .anyMatch(f -> f.contains("404"));
    }

    @Test
    void r10_1_checksAnAnswerOfDuoAgainstItsSchema() {
        assertThat(contract.antwoord(
                        "Inburgeringstermijn",
                        "GET",
                        "/personen/999990019/inburgeringstermijn",
                        200,
                        Map.of("API-Version", "1.0.0"),
                        "{\"startdatum\":\"2026-03-02\",\"einddatum\":\"2029-03-02\"}"))
                .isEmpty();
        assertThat(contract.antwoord(
                        "Inburgeringstermijn",
                        "GET",
                        "/personen/999990019/inburgeringstermijn",
                        200,
                        Map.of("API-Version", "1.0.0"),
                        "{\"startdatum\":\"2 maart\"}"))
                .anyMatch(f -> f.contains("einddatum"))
                .anyMatch(f -> f.contains("startdatum"));
    }
}
