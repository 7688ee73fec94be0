package nl.openinburgering.duo.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;

import nl.openinburgering.duo.internal.DuoRaadpleging.Vraag;
import nl.openinburgering.pip.Herkomst;
import nl.openinburgering.pip.Niveau;
import nl.openinburgering.pip.VerhuizingBeheer;
import nl.openinburgering.platform.Tenant;
import nl.openinburgering.shared.Bsn;
import nl.openinburgering.shared.Leerroute;

/**
 * R3.12, R10.3: a person moved in with a PIP of the previous gemeente (SS121). The previous gemeente's PIP (its
 * gemeentecode, dagtekening, leerroute, niveau) is read from DUO's PIP API and the term's start from the
 * Inburgeringstermijn API (the first PIP's dagtekening is the day before, R3.4), both kept as DUO's facts, and
 * taken over into the file as a herkomst marked as DUO's ({@link VerhuizingBeheer#overnemenVanDuo}). Without a PIP
 * at DUO, or with a PIP DUO has from this gemeente itself, nothing is taken over.
 */
@Component
public class HerkomstVanDuo {

    private final DuoRaadpleging duo;
    private final DuoGegevens gegevens;
    private final VerhuizingBeheer verhuizingen;
    private final Clock klok;

    HerkomstVanDuo(DuoRaadpleging duo, DuoGegevens gegevens, VerhuizingBeheer verhuizingen, Clock klok) {
        this.duo = duo;
        this.gegevens = gegevens;
        this.verhuizingen = verhuizingen;
        this.klok = klok;
    }

    /** Takes DUO's previous PIP over into the file {@code inburgeraarId}; empty when nothing changed. */
    public Optional<Herkomst> neemOver(nl.openinburgering.duo.Oin gemeente, Bsn bsn, UUID inburgeraarId) {
        Optional<JsonNode> pip = duo.vraag(gemeente, bsn, Vraag.PIP);
        if (pip.isEmpty()) {
            return Optional.empty();
        }
        String eigen = Tenant.vereist().waarde();
        bewaar(eigen, inburgeraarId, Vraag.PIP, pip.get());
        String vorige = pip.get().path("gemeentecode").asString("");
        JsonNode inhoud = pip.get().path("pip");
        if (vorige.equals(eigen) || inhoud.isMissingNode()) {
            return Optional.empty();
        }
        LocalDate huidige = LocalDate.parse(inhoud.get("dagtekeningPip").asString());
        Optional<JsonNode> termijn = duo.vraag(gemeente, bsn, Vraag.INBURGERINGSTERMIJN);
        termijn.ifPresent(t -> bewaar(eigen, inburgeraarId, Vraag.INBURGERINGSTERMIJN, t));
        LocalDate eerste = termijn.flatMap(t -> NotificatieVerwerker.datum(t, "startdatum"))
                .map(start -> start.minusDays(1))
                .orElse(huidige);
        String niveau = inhoud.path("niveau").asString("");
        return verhuizingen.overnemenVanDuo(
                inburgeraarId,
                new Herkomst(
                        inburgeraarId,
                        vorige,
                        leerroute(inhoud.get("leerroute").asString()),
                        niveau.isEmpty() ? null : Niveau.valueOf(niveau),
                        eerste,
                        huidige),
                NotificatieVerwerker.KOPPELING);
    }

    private void bewaar(String gemeente, UUID inburgeraarId, Vraag vraag, JsonNode json) {
        gegevens.bewaar(gemeente, inburgeraarId, vraag.name(), json.toString(), klok.instant());
    }

    /** DUO's code of the leerroute in a PIP (B, O, Z). */
    static Leerroute leerroute(String code) {
        return switch (code) {
            case "B" -> Leerroute.B1_ROUTE;
            case "O" -> Leerroute.ONDERWIJSROUTE;
            case "Z" -> Leerroute.Z_ROUTE;
            default -> throw new IllegalArgumentException("Onbekende leerroute van DUO: " + code);
        };
    }
}
