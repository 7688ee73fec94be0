package nl.openinburgering;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

import nl.openinburgering.inburgeraar.Doelgroep;
import nl.openinburgering.shared.Leerroute;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The one test-data builder for a dossier: a person, their PIPs and their deelnames with the hours a provider
 * reports, seeded through the public API as a consulent and a teamleider of Dalfsen and the demo providers would.
 *
 * <pre>{@code
 * Testdossier.Persoon amina = Testdossier.in(mvc).doelgroep(Doelgroep.ASIELSTATUSHOUDER).persoon()
 *         .metPip(Leerroute.Z_ROUTE).vastgesteld();
 * Testdossier.Deelname les = amina.deelname(Aanbieder.TAALSCHOOL, "LEERROUTE");
 * les.uren("TAALLES_KNM", "800", LocalDate.of(2025, 3, 1));
 * }</pre>
 *
 * Each test seeds its own dossier: the BSN is a fresh {@link TestBsn} unless one is given.
 */
public final class Testdossier {

    public static final RequestPostProcessor CONSULENT = httpBasic("consulent.dalfsen", "demo");
    public static final RequestPostProcessor TEAMLEIDER = httpBasic("teamleider.dalfsen", "demo");
    public static final RequestPostProcessor STAPHORST = httpBasic("consulent.staphorst", "demo");
    /** The start of the inburgeringsplicht unless another is given. */
    public static final LocalDate START_PLICHT = LocalDate.of(2025, 1, 10);
    /** The dagtekening of a vastgesteld PIP unless another is given, so the termijn starts on 2025-02-02. */
    public static final LocalDate DAGTEKENING = LocalDate.of(2025, 2, 1);
    /** The start of a deelname unless another is given. */
    public static final LocalDate START_DEELNAME = LocalDate.of(2025, 2, 3);

    /** The providers of the demo data, with the account that reports their hours. */
    public enum Aanbieder {
        /** Contracted by all three gemeenten; Blik op Werk until 2028-12-31 and a Taalschakelinstelling. */
        TAALSCHOOL("6a0c1b6e-2f4d-4c36-9a77-1f0e5b1d0a01", "aanbieder.taalschool"),
        /** Contracted by Dalfsen only; participation, MAP and PVT; no keurmerk. */
        PARTICIPATIEBEDRIJF("6a0c1b6e-2f4d-4c36-9a77-1f0e5b1d0a02", "aanbieder.participatie");

        private final String id;
        private final RequestPostProcessor account;

        Aanbieder(String id, String gebruiker) {
            this.id = id;
            this.account = httpBasic(gebruiker, "demo");
        }

        public String id() {
            return id;
        }

        public RequestPostProcessor account() {
            return account;
        }
    }

    private final MockMvc mvc;
    private RequestPostProcessor consulent = CONSULENT;
    private String bsn = "";
    private Doelgroep doelgroep = Doelgroep.ASIELSTATUSHOUDER;
    private @Nullable String voornamen;
    private @Nullable String geslachtsnaam;
    private LocalDate geboortedatum = LocalDate.of(1988, 3, 3);
    private LocalDate startPlicht = START_PLICHT;
    private @Nullable LocalDate vestiging;
    private boolean intake = true;

    private Testdossier(MockMvc mvc) {
        this.mvc = mvc;
    }

    public static Testdossier in(MockMvc mvc) {
        return new Testdossier(mvc);
    }

    /** Registers as another consulent (by default one of Dalfsen). */
    public Testdossier door(RequestPostProcessor consulent) {
        this.consulent = consulent;
        return this;
    }

    public Testdossier bsn(String bsn) {
        this.bsn = bsn;
        return this;
    }

    public Testdossier doelgroep(Doelgroep doelgroep) {
        this.doelgroep = doelgroep;
        return this;
    }

    public Testdossier naam(String voornamen, String geslachtsnaam) {
        this.voornamen = voornamen;
        this.geslachtsnaam = geslachtsnaam;
        return this;
    }

    public Testdossier geboren(LocalDate geboortedatum) {
        this.geboortedatum = geboortedatum;
        return this;
    }

    public Testdossier plichtVanaf(LocalDate startPlicht) {
        this.startPlicht = startPlicht;
        return this;
    }

    public Testdossier gevestigd(LocalDate vestiging) {
        this.vestiging = vestiging;
        return this;
    }

    /**
     * Fixes PIPs without first holding the brede intake, to test R2.1 and R2.4 themselves: by default
     * {@link Persoon#vastgesteld()} holds a held intake with a leerbaarheidstoets result first.
     */
    public Testdossier zonderIntake() {
        this.intake = false;
        return this;
    }

    /** Registers the person as described so far. */
    public Persoon persoon() throws Exception {
        String vestigingVeld = vestiging == null ? "" : ", \"datumVestigingGemeente\": \"" + vestiging + "\"";
        String antwoord = mvc.perform(post("/api/v1/inburgeraars")
                        .with(consulent)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"bsn": "%s", "voornamen": "%s", "geslachtsnaam": "%s", "geboortedatum": "%s",
                                 "doelgroep": "%s", "datumStartInburgeringsplicht": "%s"%s}""".formatted(
                                        bsn.isEmpty() ? TestBsn.nieuw() : bsn,
                                        voornamen == null ? "Hiwet" : voornamen,
                                        geslachtsnaam == null ? "Gebremedhin" : geslachtsnaam,
                                        geboortedatum,
                                        doelgroep.name(),
                                        startPlicht,
                                        vestigingVeld)))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return new Persoon(JsonPath.read(antwoord, "$.id"));
    }

    /**
     * Amina (Haddad unless named otherwise, born 2003) whose first PIP, with afspraken for PVT and MAP, is vastgesteld on {@code dagtekening};
     * her plicht started 60 days and her vestiging 30 days before it, so the termijn starts the day after.
     */
    public Persoon persoonMetPip(Leerroute leerroute, LocalDate dagtekening) throws Exception {
        return naam("Amina", geslachtsnaam == null ? "Haddad" : geslachtsnaam)
                .geboren(LocalDate.of(2003, 5, 17))
                .plichtVanaf(dagtekening.minusDays(60))
                .gevestigd(dagtekening.minusDays(30))
                .persoon()
                .metPipMetAfspraken(leerroute)
                .vastgesteld(dagtekening);
    }

    /** A person registered otherwise (for example from a DUO notification), to give PIPs and deelnames. */
    public Persoon persoon(String id) {
        return new Persoon(id);
    }

    /** A registered person, to give PIPs and deelnames. */
    public final class Persoon {

        private final String id;
        private @Nullable String pip;
        private boolean zRoute;

        private Persoon(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        /** The id of the PIP drafted last. */
        public String pip() {
            if (pip == null) {
                throw new IllegalStateException("Er is nog geen PIP opgesteld.");
            }
            return pip;
        }

        /**
         * Drafts a PIP with the route and the R3.1 minimum content only (the Z-route without a niveau; see
         * {@link #metPip(String)}).
         */
        public Persoon metPip(Leerroute leerroute) throws Exception {
            return metPip("{\"leerroute\": \"" + leerroute.name() + "\"}");
        }

        /** Drafts a PIP with the intensity, alfabetisering, afspraken for PVT and MAP and voortgangsgesprekken. */
        public Persoon metPipMetAfspraken(Leerroute leerroute) throws Exception {
            return metPip(
                    switch (leerroute) {
                        case B1_ROUTE -> """
                        {"leerroute": "B1_ROUTE", "geschatteIntensiteitB1Route": 600, "alfabetisering": "NVT",
                         "afsprakenPvt": "PVT in groep", "afsprakenMap": "MAP bij de gemeente", "aantalVoortgangsgesprekken": 4}""";
                        case Z_ROUTE ->
                            "{\"leerroute\": \"Z_ROUTE\", \"alfabetisering\": \"NVT\", \"aantalVoortgangsgesprekken\": 6}";
                        case ONDERWIJSROUTE -> """
                        {"leerroute": "ONDERWIJSROUTE", "alfabetisering": "NVT", "aantalVoortgangsgesprekken": 4}""";
                    });
        }

        /**
         * Drafts a PIP with this JSON body, completed with the R3.1 minimum content a beschikking needs where the
         * body leaves it out (begeleiding, PVT, MAP outside the onderwijsroute, voortgangsgesprekken), so that
         * {@link #vastgesteld()} can fix it. To draft exactly this body, use {@link #metPipZoals(String)}.
         */
        public Persoon metPip(String inhoud) throws Exception {
            return metPipZoals(metMinimuminhoud(inhoud));
        }

        /** Drafts a PIP with exactly this JSON body (R3.1: a vaststelling may then be refused). */
        public Persoon metPipZoals(String inhoud) throws Exception {
            zRoute = inhoud.contains("Z_ROUTE");
            pip = JsonPath.read(
                    mvc.perform(post("/api/v1/inburgeraars/" + id + "/pips")
                                    .with(consulent)
                                    .contentType(MediaType.APPLICATION_JSON)
                                    .content(inhoud))
                            .andExpect(status().isCreated())
                            .andReturn()
                            .getResponse()
                            .getContentAsString(),
                    "$.id");
            return this;
        }

        /** The teamleider fixes the PIP drafted last on {@link #DAGTEKENING}. */
        public Persoon vastgesteld() throws Exception {
            return vastgesteld(DAGTEKENING);
        }

        /**
         * The teamleider fixes the PIP drafted last; waits until the modules have handled the event. First, unless
         * {@link Testdossier#zonderIntake()}, the brede intake is held (R2.1, R2.4; see {@link #metIntake()}).
         */
        public Persoon vastgesteld(LocalDate dagtekening) throws Exception {
            if (intake) {
                metIntake(dagtekening);
            }
            mvc.perform(post("/api/v1/inburgeraars/" + id + "/pips/" + pip() + "/vaststelling")
                            .with(TEAMLEIDER)
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"dagtekening\": \"" + dagtekening
                                    + "\", \"redenEerdereDagtekening\": \"Test: dagtekening achteraf\"}"))
                    .andExpect(status().isOk());
            Gebeurtenissen.afgehandeld(mvc);
            return this;
        }

        /**
         * R2.1, R2.4: holds the brede intake as the consulent would, unless the test already did: an intakegesprek
         * and a leerbaarheidstoets result (B1-route haalbaar; niet haalbaar for a Z-route PIP). A test that fixes a
         * PIP through the API or the form itself calls this first.
         */
        public Persoon metIntake() throws Exception {
            return metIntake(LocalDate.now());
        }

        private Persoon metIntake(LocalDate dagtekening) throws Exception {
            String basis = "/api/v1/inburgeraars/" + id + "/intake";
            LocalDate datum = (dagtekening.isBefore(LocalDate.now()) ? dagtekening : LocalDate.now()).minusDays(7);
            String gesprekken = mvc.perform(get(basis + "/gesprekken").with(consulent))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            if (!gesprekken.contains("INTAKEGESPREK")) {
                mvc.perform(post(basis + "/gesprekken")
                                .with(consulent)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("""
                                        {"soort": "INTAKEGESPREK", "datum": "%s", "deelnemers": "Inburgeraar en consulent",
                                         "tolk": false}""".formatted(datum)))
                        .andExpect(status().isCreated());
            }
            String toets = mvc.perform(get(basis + "/leerbaarheidstoets").with(consulent))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            if (!toets.matches("(?s).*\"(resultaat|ontheffing)\"\\s*:\\s*\".*")) {
                String resultaat = pip != null && zRoute ? "B1_ROUTE_NIET_HAALBAAR" : "B1_ROUTE_HAALBAAR";
                mvc.perform(put(basis + "/leerbaarheidstoets")
                                .with(consulent)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("""
                                        {"aanmeldingsdatum": "%s", "resultaat": "%s", "versie": %s}""".formatted(
                                                datum,
                                                resultaat,
                                                JsonPath.read(toets, "$.versie").toString())))
                        .andExpect(status().isOk());
            }
            return this;
        }

        /** Enrols the person with a provider from {@link #START_DEELNAME}. */
        public Deelname deelname(Aanbieder aanbieder, String soort) throws Exception {
            return deelname(aanbieder, soort, START_DEELNAME);
        }

        public Deelname deelname(Aanbieder aanbieder, String soort, LocalDate startdatum) throws Exception {
            String antwoord = mvc.perform(post("/api/v1/inburgeraars/" + id + "/deelnames")
                            .with(consulent)
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("""
                                    {"aanbiederId": "%s", "soort": "%s", "startdatum": "%s"}""".formatted(aanbieder.id(), soort, startdatum)))
                    .andExpect(status().isCreated())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            return new Deelname(JsonPath.read(antwoord, "$.id"), aanbieder);
        }
    }

    /**
     * R3.1: adds to a PIP body the minimum content it leaves out: begeleiding, PVT agreements, MAP agreements
     * (not in the onderwijsroute, R6.1) and the number of voortgangsgesprekken.
     */
    public static String metMinimuminhoud(String inhoud) {
        List<String> velden = new ArrayList<>();
        if (!inhoud.contains("\"begeleiding\"")) {
            velden.add("\"begeleiding\": \"Consulent begeleidt; maandelijks contact\"");
        }
        if (!inhoud.contains("\"afsprakenPvt\"") && !inhoud.contains("\"intensiteitPvtUren\"")) {
            velden.add("\"afsprakenPvt\": \"PVT in groep bij de gemeente\"");
        }
        if (!inhoud.contains("ONDERWIJSROUTE")
                && !inhoud.contains("\"afsprakenMap\"")
                && !inhoud.contains("\"intensiteitMapUren\"")) {
            velden.add("\"afsprakenMap\": \"MAP bij de gemeente\"");
        }
        if (!inhoud.contains("\"aantalVoortgangsgesprekken\"")) {
            velden.add("\"aantalVoortgangsgesprekken\": 4");
        }
        if (velden.isEmpty()) {
            return inhoud;
        }
        int open = inhoud.indexOf('{');
        String rest = inhoud.substring(open + 1).strip();
        return "{" + String.join(", ", velden) + (rest.startsWith("}") ? "" : ", ") + rest;
    }

    /** A deelname, on which its provider reports hours. */
    public final class Deelname {

        private final String id;
        private final Aanbieder aanbieder;

        private Deelname(String id, Aanbieder aanbieder) {
            this.id = id;
            this.aanbieder = aanbieder;
        }

        public String id() {
            return id;
        }

        /** The provider reports one exam attempt (R4.1); {@code niveau} null for KNM. */
        public Deelname examen(String onderdeel, @Nullable String niveau, String resultaat, LocalDate datum)
                throws Exception {
            String niveauJson = niveau == null ? "null" : "\"" + niveau + "\"";
            mvc.perform(post("/api/v1/aanbieder/deelnames/" + id + "/examenresultaten")
                            .with(aanbieder.account())
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"onderdeel\": \"" + onderdeel + "\", \"niveau\": " + niveauJson
                                    + ", \"resultaat\": \"" + resultaat + "\", \"datum\": \"" + datum + "\"}"))
                    .andExpect(status().isCreated());
            return this;
        }

        /**
         * The provider reports {@code totaal} attended hours of that kind, 8 hours a day (the last day the
         * rest) from {@code vanaf} on, in one batch.
         */
        public Deelname uren(String soort, String totaal, LocalDate vanaf) throws Exception {
            List<String> regels = new ArrayList<>();
            BigDecimal rest = new BigDecimal(totaal);
            BigDecimal dag = new BigDecimal("8");
            LocalDate datum = vanaf;
            while (rest.signum() > 0) {
                BigDecimal uren = rest.min(dag);
                regels.add("""
                        {"deelnameId": "%s", "datum": "%s", "soort": "%s", "uren": %s, "aanwezig": true}""".formatted(id, datum, soort, uren.toPlainString()));
                rest = rest.subtract(uren);
                datum = datum.plusDays(1);
            }
            mvc.perform(post("/api/v1/aanbieder/urenregistraties")
                            .with(aanbieder.account())
                            .header("Idempotency-Key", UUID.randomUUID())
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"regels\": [" + String.join(",", regels) + "]}"))
                    .andExpect(status().isCreated());
            return this;
        }
    }
}
