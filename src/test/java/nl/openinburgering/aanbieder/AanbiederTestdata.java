package nl.openinburgering.aanbieder;

import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

import nl.openinburgering.TestBsn;
import nl.openinburgering.Testdossier;
import nl.openinburgering.Testdossier.Aanbieder;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Enrolments and hour reports through the API with their responses, for the tests of this module that assert on
 * them; people come from {@link Testdossier}.
 */
final class AanbiederTestdata {

    static final String TAALSCHOOL = Aanbieder.TAALSCHOOL.id();
    static final String PARTICIPATIEWERK = Aanbieder.PARTICIPATIEBEDRIJF.id();
    static final RequestPostProcessor CONSULENT = Testdossier.CONSULENT;
    static final RequestPostProcessor TEAMLEIDER = Testdossier.TEAMLEIDER;
    static final RequestPostProcessor STAPHORST = Testdossier.STAPHORST;
    static final RequestPostProcessor AANBIEDER_TAAL = Aanbieder.TAALSCHOOL.account();
    static final RequestPostProcessor AANBIEDER_PARTICIPATIE = Aanbieder.PARTICIPATIEBEDRIJF.account();

    private final MockMvc mvc;

    AanbiederTestdata(MockMvc mvc) {
        this.mvc = mvc;
    }

    /** Hiwet Gebremedhin, an asielstatushouder whose plicht started on 2025-01-10 (the {@link Testdossier} defaults). */
    String persoon(RequestPostProcessor consulent, String bsn) throws Exception {
        return Testdossier.in(mvc).door(consulent).bsn(bsn).persoon().id();
    }

    String persoon() throws Exception {
        return persoon(CONSULENT, TestBsn.nieuw());
    }

    ResultActions inschrijven(
            RequestPostProcessor consulent, String persoon, String aanbieder, String soort, String startdatum)
            throws Exception {
        return mvc.perform(post("/api/v1/inburgeraars/" + persoon + "/deelnames")
                .with(consulent)
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"aanbiederId": "%s", "soort": "%s", "startdatum": "%s"}""".formatted(aanbieder, soort, startdatum)));
    }

    String deelname(String persoon, String aanbieder, String soort) throws Exception {
        return JsonPath.read(
                inschrijven(CONSULENT, persoon, aanbieder, soort, "2025-03-01")
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
    }

    ResultActions meld(RequestPostProcessor aanbieder, String sleutel, String json) throws Exception {
        return mvc.perform(post("/api/v1/aanbieder/urenregistraties")
                .with(aanbieder)
                .header("Idempotency-Key", sleutel)
                .contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    ResultActions meldCsv(RequestPostProcessor aanbieder, String sleutel, String csv) throws Exception {
        return mvc.perform(post("/api/v1/aanbieder/urenregistraties")
                .with(aanbieder)
                .header("Idempotency-Key", sleutel)
                .contentType("text/csv")
                .content(csv));
    }

    static String regel(String deelname, String datum, String soort, String uren, boolean aanwezig, String reden) {
        return """
                {"deelnameId": "%s", "datum": "%s", "soort": "%s", "uren": %s, "aanwezig": %s%s}""".formatted(
                deelname, datum, soort, uren, aanwezig, reden == null ? "" : ", \"verzuimreden\": \"" + reden + "\"");
    }

    static String regels(String... regels) {
        return "{\"regels\": [" + String.join(", ", regels) + "]}";
    }

    static String sleutel() {
        return UUID.randomUUID().toString();
    }
}
