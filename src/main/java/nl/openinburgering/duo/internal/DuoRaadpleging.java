package nl.openinburgering.duo.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import nl.openinburgering.duo.Digikoppeling;
import nl.openinburgering.duo.Oin;
import nl.openinburgering.shared.Bsn;

/**
 * The raadpleging pattern (R10.1, R10.3): one question to DUO about one person, answered now. A new berichtId per
 * question; an answer that does not conform to DUO's specification, or a status other than 200 or 404, is an
 * error (the caller retries or shows it).
 */
@Component
public class DuoRaadpleging {

    /** The questions this system asks: which API, which resource below {@code /personen/{bsn}}. */
    public enum Vraag {
        INBURGERINGSPLICHT("Inburgeringsplicht", "/inburgeringsplicht"),
        DOELGROEP("Inburgeringsplicht", "/doelgroep"),
        INBURGERINGSTERMIJN("Inburgeringstermijn", "/inburgeringstermijn"),
        PIP("PIP", "/PIP"),
        PVT("MAP,PVT,Zroute", "/pvt"),
        MAP("MAP,PVT,Zroute", "/map"),
        LEERBAARHEIDSTOETS("Leerbaarheidstoets", "/lbt/resultaten"),
        EXAMENRESULTATEN("Examen", "/examens/resultaten"),
        GRATIS_EXAMENPOGINGEN("Examen", "/examens/gratispogingen"),
        VRIJSTELLINGEN("Vrijstelling", "/vrijstellingen"),
        ONTHEFFINGEN("Ontheffing", "/ontheffingen");

        final String api;
        final String pad;

        Vraag(String api, String pad) {
            this.api = api;
            this.pad = pad;
        }
    }

    /** DUO could not be asked or did not answer as specified. */
    public static final class DuoNietBereikbaar extends RuntimeException {
        public DuoNietBereikbaar(String reden) {
            super(reden);
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final DuoClient client;
    private final DuoEigenschappen eigenschappen;

    DuoRaadpleging(DuoClient client, DuoEigenschappen eigenschappen) {
        this.client = client;
        this.eigenschappen = eigenschappen;
    }

    /** DUO's answer as JSON, or empty when DUO does not know it (404). */
    public Optional<JsonNode> vraag(Oin gemeente, Bsn bsn, Vraag vraag) {
        DuoClient.Antwoord antwoord;
        try {
            antwoord = client.stuur(
                    new Digikoppeling(gemeente, new Oin(eigenschappen.oin()), UUID.randomUUID()),
                    vraag.api,
                    "GET",
                    "/personen/" + bsn.waarde() + vraag.pad,
                    null);
        } catch (DuoClient.BerichtVoldoetNiet fout) {
            throw fout;
        } catch (RuntimeException netwerk) {
            throw new DuoNietBereikbaar(
                    "DUO is niet bereikbaar: " + netwerk.getClass().getSimpleName());
        }
        if (antwoord.status() == 404) {
            return Optional.empty();
        }
        if (antwoord.status() != 200 || antwoord.inhoud() == null) {
            throw new DuoNietBereikbaar("DUO antwoordde met status " + antwoord.status());
        }
        if (!antwoord.contractfouten().isEmpty()) {
            throw new DuoNietBereikbaar("Het antwoord van DUO voldoet niet aan de specificatie: "
                    + String.join("; ", antwoord.contractfouten()));
        }
        return Optional.of(JSON.readTree(antwoord.inhoud()));
    }
}
