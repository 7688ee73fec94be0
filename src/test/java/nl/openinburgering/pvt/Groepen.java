package nl.openinburgering.pvt;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import static nl.openinburgering.Testdossier.CONSULENT;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Plans groups and sessions and registers attendance through the API, as a consulent of Dalfsen. */
public final class Groepen {

    private Groepen() {}

    public static String groep(MockMvc mvc, String programma, List<String> deelnemers) throws Exception {
        String lijst = deelnemers.stream().map(d -> "\"" + d + "\"").collect(Collectors.joining(", "));
        String antwoord = mvc.perform(post("/api/v1/groepen")
                        .with(CONSULENT)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"naam\": \"Groep %s\", \"programma\": \"%s\", \"deelnemers\": [%s]}"
                                .formatted(programma, programma, lijst)))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonPath.read(antwoord, "$.groep.id");
    }

    public static String bijeenkomst(
            MockMvc mvc, String groepId, LocalDate datum, String uren, boolean activiteit, String mapThema)
            throws Exception {
        String antwoord = mvc.perform(post("/api/v1/groepen/" + groepId + "/bijeenkomsten")
                        .with(CONSULENT)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"datum": "%s", "begintijd": "09:00", "eindtijd": "12:00", "plaats": "Gemeentehuis",
                                 "onderwerp": "Kernwaarden", "uren": %s, "activiteit": %s, "mapThema": %s}""".formatted(
                                        datum, uren, activiteit, mapThema == null ? "null" : "\"" + mapThema + "\"")))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonPath.read(antwoord, "$.id");
    }

    public static void aanwezig(MockMvc mvc, String groepId, String bijeenkomstId, List<String> aanwezigen)
            throws Exception {
        String lijst = aanwezigen.stream().map(d -> "\"" + d + "\"").collect(Collectors.joining(", "));
        mvc.perform(put("/api/v1/groepen/" + groepId + "/bijeenkomsten/" + bijeenkomstId + "/aanwezigheid")
                        .with(CONSULENT)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"aanwezig\": [" + lijst + "]}"))
                .andExpect(status().isOk());
    }

    /** A session of {@code uren} hours ten days ago that everyone named attended. */
    public static void gevolgd(
            MockMvc mvc, String groepId, String uren, boolean activiteit, String mapThema, List<String> aanwezigen)
            throws Exception {
        aanwezig(
                mvc,
                groepId,
                bijeenkomst(
                        mvc,
                        groepId,
                        nl.openinburgering.shared.Vandaag.datum().minusDays(10),
                        uren,
                        activiteit,
                        mapThema),
                aanwezigen);
    }
}
