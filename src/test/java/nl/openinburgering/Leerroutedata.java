package nl.openinburgering;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

/**
 * Seeds a person's leerroute through the public API, as a consulent and the providers would: a person, a
 * vastgesteld PIP, deelnames, and hours reported by the provider in one batch (at most 8 hours per day).
 */
public final class Leerroutedata {

    public static final RequestPostProcessor CONSULENT = httpBasic("consulent.dalfsen", "demo");
    public static final RequestPostProcessor TEAMLEIDER = httpBasic("teamleider.dalfsen", "demo");
    public static final RequestPostProcessor TAALSCHOOL = httpBasic("aanbieder.taalschool", "demo");
    public static final RequestPostProcessor PARTICIPATIEBEDRIJF = httpBasic("aanbieder.participatie", "demo");
    /** Contracted by all three gemeenten; Blik op Werk until 2028-12-31 and a Taalschakelinstelling (demo). */
    public static final String TAALSCHOOL_ID = "6a0c1b6e-2f4d-4c36-9a77-1f0e5b1d0a01";
    /** Contracted by Dalfsen only; participation, MAP and PVT; no keurmerk (demo). */
    public static final String PARTICIPATIE_ID = "6a0c1b6e-2f4d-4c36-9a77-1f0e5b1d0a02";
    public static final LocalDate START_PLICHT = LocalDate.of(2025, 1, 10);

    private final MockMvc mvc;

    public Leerroutedata(MockMvc mvc) {
        this.mvc = mvc;
    }

    public String persoon(String doelgroep) throws Exception {
        return persoon(doelgroep, TestBsn.nieuw());
    }

    public String persoon(String doelgroep, String bsn) throws Exception {
        return JsonPath.read(mvc.perform(post("/api/v1/inburgeraars").with(CONSULENT).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"bsn": "%s", "voornamen": "Hiwet", "geslachtsnaam": "Gebremedhin", "geboortedatum": "1988-03-03",
                         "doelgroep": "%s", "datumStartInburgeringsplicht": "%s"}""".formatted(bsn, doelgroep,
                        START_PLICHT)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
    }

    /** A vastgesteld PIP with that route (Z-route without a niveau), dated 2025-02-01; returns its id. */
    public String vastgesteldPip(String id, String leerroute) throws Exception {
        String pip = JsonPath.read(mvc.perform(post("/api/v1/inburgeraars/" + id + "/pips").with(CONSULENT)
                .contentType(MediaType.APPLICATION_JSON).content("{\"leerroute\": \"" + leerroute + "\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
        mvc.perform(post("/api/v1/inburgeraars/" + id + "/pips/" + pip + "/vaststelling").with(TEAMLEIDER)
                .contentType(MediaType.APPLICATION_JSON).content("{\"dagtekening\": \"2025-02-01\"}"))
                .andExpect(status().isOk());
        Gebeurtenissen.afgehandeld(mvc);
        return pip;
    }

    public String deelname(String id, String aanbiederId, String soort) throws Exception {
        return JsonPath.read(mvc.perform(post("/api/v1/inburgeraars/" + id + "/deelnames").with(CONSULENT)
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"aanbiederId": "%s", "soort": "%s", "startdatum": "2025-02-03"}""".formatted(aanbiederId, soort)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
    }

    /**
     * The provider reports {@code totaal} attended hours of that kind on the deelname, 8 hours a day (the
     * last day the rest) from {@code vanaf} on, in one batch.
     */
    public void uren(RequestPostProcessor aanbieder, String deelnameId, String soort, String totaal, LocalDate vanaf)
            throws Exception {
        List<String> regels = new ArrayList<>();
        BigDecimal rest = new BigDecimal(totaal);
        BigDecimal dag = new BigDecimal("8");
        LocalDate datum = vanaf;
        while (rest.signum() > 0) {
            BigDecimal uren = rest.min(dag);
            regels.add("""
                    {"deelnameId": "%s", "datum": "%s", "soort": "%s", "uren": %s, "aanwezig": true}"""
                    .formatted(deelnameId, datum, soort, uren.toPlainString()));
            rest = rest.subtract(uren);
            datum = datum.plusDays(1);
        }
        mvc.perform(post("/api/v1/aanbieder/urenregistraties").with(aanbieder).header("Idempotency-Key", UUID.randomUUID())
                .contentType(MediaType.APPLICATION_JSON).content("{\"regels\": [" + String.join(",", regels) + "]}"))
                .andExpect(status().isCreated());
    }
}
