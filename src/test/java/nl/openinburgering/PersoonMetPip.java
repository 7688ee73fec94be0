package nl.openinburgering;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

/**
 * Seeds, through the public API as a consulent and a teamleider of Dalfsen would, a person with a vastgesteld
 * PIP in a given leerroute (the approach of {@code PipApiIntegrationTests}).
 */
public final class PersoonMetPip {

    public static final RequestPostProcessor CONSULENT = httpBasic("consulent.dalfsen", "demo");
    public static final RequestPostProcessor TEAMLEIDER = httpBasic("teamleider.dalfsen", "demo");
    public static final RequestPostProcessor STAPHORST = httpBasic("consulent.staphorst", "demo");

    private PersoonMetPip() {
    }

    /** A person of Dalfsen whose first PIP is dated {@code dagtekening}, so the termijn starts the day after. */
    public static String registreer(MockMvc mvc, String leerroute, LocalDate dagtekening) throws Exception {
        return registreer(mvc, "Haddad", leerroute, dagtekening);
    }

    public static String registreer(MockMvc mvc, String geslachtsnaam, String leerroute, LocalDate dagtekening)
            throws Exception {
        return registreer(mvc, geslachtsnaam, leerroute, dagtekening, TestBsn.nieuw());
    }

    public static String registreer(MockMvc mvc, String geslachtsnaam, String leerroute, LocalDate dagtekening,
            String bsn) throws Exception {
        String persoon = mvc.perform(post("/api/v1/inburgeraars").with(CONSULENT).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"bsn": "%s", "voornamen": "Amina", "geslachtsnaam": "%s", "geboortedatum": "2003-05-17",
                                 "doelgroep": "ASIELSTATUSHOUDER", "datumStartInburgeringsplicht": "%s",
                                 "datumVestigingGemeente": "%s"}""".formatted(bsn, geslachtsnaam,
                                dagtekening.minusDays(60), dagtekening.minusDays(30))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(persoon, "$.id");
        String pip = mvc.perform(post("/api/v1/inburgeraars/" + id + "/pips").with(CONSULENT)
                        .contentType(MediaType.APPLICATION_JSON).content(inhoud(leerroute)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        mvc.perform(post("/api/v1/inburgeraars/" + id + "/pips/" + JsonPath.read(pip, "$.id") + "/vaststelling")
                        .with(TEAMLEIDER).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"dagtekening\": \"" + dagtekening + "\"}"))
                .andExpect(status().isOk());
        Gebeurtenissen.afgehandeld(mvc);
        return id;
    }

    private static String inhoud(String leerroute) {
        return switch (leerroute) {
            case "B1_ROUTE" -> """
                    {"leerroute": "B1_ROUTE", "geschatteIntensiteitB1Route": 600, "alfabetisering": "NVT",
                     "afsprakenPvt": "PVT in groep", "afsprakenMap": "MAP bij de gemeente", "aantalVoortgangsgesprekken": 4}""";
            case "Z_ROUTE" -> "{\"leerroute\": \"Z_ROUTE\", \"alfabetisering\": \"NVT\", \"aantalVoortgangsgesprekken\": 6}";
            default -> "{\"leerroute\": \"" + leerroute + "\", \"alfabetisering\": \"NVT\", \"aantalVoortgangsgesprekken\": 4}";
        };
    }
}
