package nl.openinburgering.aanbieder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

import nl.openinburgering.TestBsn;

/** Seeds people and deelnames through the API, as each test of this module needs its own. */
final class AanbiederTestdata {

    static final String TAALSCHOOL = "6a0c1b6e-2f4d-4c36-9a77-1f0e5b1d0a01";
    static final String PARTICIPATIEWERK = "6a0c1b6e-2f4d-4c36-9a77-1f0e5b1d0a02";
    static final RequestPostProcessor CONSULENT = httpBasic("consulent.dalfsen", "demo");
    static final RequestPostProcessor TEAMLEIDER = httpBasic("teamleider.dalfsen", "demo");
    static final RequestPostProcessor STAPHORST = httpBasic("consulent.staphorst", "demo");
    static final RequestPostProcessor AANBIEDER_TAAL = httpBasic("aanbieder.taalschool", "demo");
    static final RequestPostProcessor AANBIEDER_PARTICIPATIE = httpBasic("aanbieder.participatie", "demo");

    private final MockMvc mvc;

    AanbiederTestdata(MockMvc mvc) {
        this.mvc = mvc;
    }

    String persoon(RequestPostProcessor consulent, String bsn) throws Exception {
        return JsonPath.read(mvc.perform(post("/api/v1/inburgeraars").with(consulent).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"bsn": "%s", "voornamen": "Hiwet", "geslachtsnaam": "Gebremedhin", "geboortedatum": "1988-03-03",
                         "doelgroep": "ASIELSTATUSHOUDER", "datumStartInburgeringsplicht": "2025-01-10"}""".formatted(bsn)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
    }

    String persoon() throws Exception {
        return persoon(CONSULENT, TestBsn.nieuw());
    }

    ResultActions inschrijven(RequestPostProcessor consulent, String persoon, String aanbieder, String soort,
            String startdatum) throws Exception {
        return mvc.perform(post("/api/v1/inburgeraars/" + persoon + "/deelnames").with(consulent)
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"aanbiederId": "%s", "soort": "%s", "startdatum": "%s"}""".formatted(aanbieder, soort, startdatum)));
    }

    String deelname(String persoon, String aanbieder, String soort) throws Exception {
        return JsonPath.read(inschrijven(CONSULENT, persoon, aanbieder, soort, "2025-03-01")
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
    }

    ResultActions meld(RequestPostProcessor aanbieder, String sleutel, String json) throws Exception {
        return mvc.perform(post("/api/v1/aanbieder/urenregistraties").with(aanbieder).header("Idempotency-Key", sleutel)
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    ResultActions meldCsv(RequestPostProcessor aanbieder, String sleutel, String csv) throws Exception {
        return mvc.perform(post("/api/v1/aanbieder/urenregistraties").with(aanbieder).header("Idempotency-Key", sleutel)
                .contentType("text/csv").content(csv));
    }

    static String regel(String deelname, String datum, String soort, String uren, boolean aanwezig, String reden) {
        return """
                {"deelnameId": "%s", "datum": "%s", "soort": "%s", "uren": %s, "aanwezig": %s%s}""".formatted(deelname,
                datum, soort, uren, aanwezig, reden == null ? "" : ", \"verzuimreden\": \"" + reden + "\"");
    }

    static String regels(String... regels) {
        return "{\"regels\": [" + String.join(", ", regels) + "]}";
    }

    static String sleutel() {
        return UUID.randomUUID().toString();
    }
}
