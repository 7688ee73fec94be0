package nl.openinburgering.duo.internal;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * R10.3: DUO's refusal of a melding in Dutch for the consulent. DUO's answer is a status (400, 403, 404) and, for
 * 403 (and 400 where the API has it), a list of {@code Foutmelding}s with a Dutch {@code fouttekst}: those texts
 * are DUO's reason. The status says what kind of problem it is and where to look.
 */
final class Weigering {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Weigering() {}

    static String reden(int status, @Nullable String inhoud) {
        List<String> teksten = fouttekst(inhoud);
        String redenen = String.join(" ", teksten);
        return switch (status) {
            case 400 -> "DUO vond het bericht onjuist opgebouwd (400)" + (teksten.isEmpty() ? "." : ": " + redenen);
            case 403 ->
                teksten.isEmpty()
                        ? "DUO weigerde de melding (403): de gemeente mag dit voor deze persoon niet melden."
                        : "DUO weigerde de melding: " + redenen;
            case 404 -> "DUO kent deze persoon of dit gegeven niet (404): controleer het BSN en de inburgeringsplicht.";
            default -> "DUO weigerde het bericht (status " + status + ")" + (teksten.isEmpty() ? "." : ": " + redenen);
        };
    }

    private static List<String> fouttekst(@Nullable String inhoud) {
        List<String> teksten = new ArrayList<>();
        if (inhoud == null || inhoud.isBlank()) {
            return teksten;
        }
        try {
            JsonNode lijst = JSON.readTree(inhoud);
            if (lijst.isArray()) {
                lijst.forEach(f -> teksten.add(f.path("fouttekst").asString("").strip()));
            }
        } catch (RuntimeException geenJson) {
            // Not DUO's list of Foutmeldingen: the status says enough.
        }
        teksten.removeIf(String::isBlank);
        return teksten;
    }
}
