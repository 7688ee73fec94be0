package nl.openinburgering.duo.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import nl.openinburgering.duo.DuoInstelling;
import nl.openinburgering.inburgeraar.InburgeraarBeheer;
import nl.openinburgering.inburgeraar.InburgeraarFeiten;
import nl.openinburgering.leerroute.ZrouteAfgerond;
import nl.openinburgering.map.MapAfgerond;
import nl.openinburgering.platform.Verwerkingsactiviteit;
import nl.openinburgering.platform.Verwerkingsactiviteit.Handeling;
import nl.openinburgering.platform.Verwerkingsactiviteit.Uitkomst;
import nl.openinburgering.platform.Verwerkingslog;
import nl.openinburgering.pvt.PvtOndertekend;
import nl.openinburgering.shared.Verwijtbaar;

/**
 * R10.3, R5.5, R6.5, R4.4: the results the gemeente reports to DUO through DUO's "MAP, PVT en Z-route" API
 * ({@code PUT /personen/{bsn}/pvt} with {@code ResultaatPvt}, {@code …/map} with {@code ResultaatMap},
 * {@code …/zroute} with {@code ResultaatZroute}). Like {@link PipMeldingen} a plain synchronous listener, so the
 * outbox row is written in the transaction that signed the PVT, held the sufficient eindgesprek or completed the
 * Z-route: both commit, or neither (ADR 0011). {@code verwijtbaar} goes along as DUO's {@code "Ja"}/{@code "Nee"}
 * only when the gemeente gave it (the termijn exceeded); it is left out otherwise, as R5.5/R6.5 require.
 */
@Component
public class ResultaatMeldingen {

    public static final String API = "MAP,PVT,Zroute";

    private final InburgeraarBeheer inburgeraars;
    private final DuoInstellingen instellingen;
    private final Uitgaande uitgaande;
    private final Verwerkingslog verwerkingslog;

    ResultaatMeldingen(
            InburgeraarBeheer inburgeraars,
            DuoInstellingen instellingen,
            Uitgaande uitgaande,
            Verwerkingslog verwerkingslog) {
        this.inburgeraars = inburgeraars;
        this.instellingen = instellingen;
        this.uitgaande = uitgaande;
        this.verwerkingslog = verwerkingslog;
    }

    @EventListener
    void pvtOndertekend(PvtOndertekend ondertekend) {
        meld(
                ondertekend.gemeentecode(),
                ondertekend.inburgeraarId(),
                Meldingsoort.PVT,
                "/pvt",
                inhoud("datumOndertekeningPvt", ondertekend.datum(), ondertekend.verwijtbaar()));
    }

    @EventListener
    void mapAfgerond(MapAfgerond afgerond) {
        meld(
                afgerond.gemeentecode(),
                afgerond.inburgeraarId(),
                Meldingsoort.MAP,
                "/map",
                inhoud("datumEindgesprekMap", afgerond.datumEindgesprek(), afgerond.verwijtbaar()));
    }

    @EventListener
    void zrouteAfgerond(ZrouteAfgerond afgerond) {
        meld(
                afgerond.gemeentecode().waarde(),
                afgerond.inburgeraarId(),
                Meldingsoort.ZROUTE,
                "/zroute",
                inhoud("datumAfrondingZroute", afgerond.datumAfrondingZroute(), null));
    }

    /** DUO's body: the date, and {@code verwijtbaar} only when given ({@code InburgeringJaNeeType}: Ja/Nee). */
    public static String inhoud(String datumveld, LocalDate datum, @Nullable Verwijtbaar verwijtbaar) {
        String json = "{\"" + datumveld + "\":\"" + datum + "\"";
        if (verwijtbaar != null) {
            json += ",\"verwijtbaar\":\"" + (verwijtbaar == Verwijtbaar.JA ? "Ja" : "Nee") + "\"";
        }
        return json + "}";
    }

    private void meld(String gemeentecode, UUID inburgeraarId, String soort, String resource, String inhoud) {
        InburgeraarFeiten persoon = inburgeraars.feiten(inburgeraarId);
        boolean m2m = instellingen.van(gemeentecode).map(DuoInstelling::m2m).orElse(false);
        uitgaande.schrijf(
                gemeentecode,
                inburgeraarId,
                soort,
                API,
                "PUT",
                "/personen/" + persoon.bsn().waarde() + resource,
                inhoud,
                m2m ? "M2M" : "PORTAAL");
        verwerkingslog.vastleggen(
                Verwerkingsactiviteit.DUO_MELDEN, Handeling.AANMAKEN, List.of(persoon.bsn()), Uitkomst.GELUKT);
    }
}
