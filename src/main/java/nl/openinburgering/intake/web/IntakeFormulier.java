package nl.openinburgering.intake.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import nl.openinburgering.intake.Bevindingen;
import nl.openinburgering.intake.Intakedossier;
import nl.openinburgering.intake.Leerbaarheidstoets;
import nl.openinburgering.intake.Overdracht;
import nl.openinburgering.shared.OngeldigeInvoer;
import nl.openinburgering.shared.Veldfout;

/**
 * The submitted fields of one form of the intake workspace, as text. Turning text into dates, numbers and
 * enums can fail; those failures are collected like the domain's own, so the form shows them all at once.
 */
final class IntakeFormulier {

    private final Map<String, String> velden;
    private final List<Veldfout> fouten = new ArrayList<>();

    IntakeFormulier(Map<String, String> velden) {
        this.velden = velden;
    }

    @Nullable
    String tekst(String veld) {
        String waarde = velden.get(veld);
        return waarde == null || waarde.isBlank() ? null : waarde;
    }

    boolean vinkje(String veld) {
        return "true".equals(velden.get(veld)) || "on".equals(velden.get(veld));
    }

    @Nullable
    LocalDate datum(String veld) {
        String waarde = tekst(veld);
        try {
            return waarde == null ? null : LocalDate.parse(waarde.strip());
        } catch (DateTimeParseException ongeldig) {
            fouten.add(new Veldfout(veld, "datum.formaat", "Vul een datum in als dd-mm-jjjj."));
            return null;
        }
    }

    /** A score as DUO writes it, with a decimal comma ({@code 999,99}) or a point. */
    @Nullable
    BigDecimal score(String veld) {
        String waarde = tekst(veld);
        try {
            return waarde == null ? null : new BigDecimal(waarde.strip().replace(',', '.'));
        } catch (NumberFormatException ongeldig) {
            fouten.add(new Veldfout(
                    veld, "R2.4", "Vul een score in van 0 tot en met 999,99, met hoogstens twee decimalen."));
            return null;
        }
    }

    <E extends Enum<E>> @Nullable E keuze(String veld, Class<E> soort) {
        String waarde = tekst(veld);
        try {
            return waarde == null ? null : Enum.valueOf(soort, waarde);
        } catch (IllegalArgumentException onbekend) {
            fouten.add(new Veldfout(veld, "keuze.onbekend", "Kies een van de mogelijkheden."));
            return null;
        }
    }

    @Nullable
    Long versie() {
        String waarde = tekst("versie");
        try {
            return waarde == null ? null : Long.valueOf(waarde);
        } catch (NumberFormatException ongeldig) {
            return null;
        }
    }

    /** Throws the conversion failures, if any, before the domain is asked. */
    void geldig() {
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
    }

    /** Builds a value object and reports its own failures together with the conversion failures. */
    <T> T maak(Supplier<T> waarde) {
        try {
            T gemaakt = waarde.get();
            geldig();
            return gemaakt;
        } catch (OngeldigeInvoer ongeldig) {
            if (ongeldig.fouten() != fouten) {
                fouten.addAll(ongeldig.fouten());
            }
            throw new OngeldigeInvoer(fouten);
        }
    }

    /** The stored values of every form on the page, as the fields show them. */
    static Map<String, String> waarden(Intakedossier dossier) {
        Map<String, String> w = new HashMap<>();
        Overdracht o = dossier.overdracht();
        zet(w, "koppelingsdatum", o.koppelingsdatum());
        zet(w, "azcLocatie", o.azcLocatie());
        zet(w, "coaContactpersoon", o.coaContactpersoon());
        zet(w, "coaTelefoon", o.coaTelefoon());
        zet(w, "coaEmail", o.coaEmail());
        zet(w, "scenario", o.scenario());
        Bevindingen b = dossier.bevindingen();
        zet(w, "onderwijs", b.onderwijs());
        zet(w, "opleidingsniveau", b.opleidingsniveau());
        zet(w, "werkervaring", b.werkervaring());
        zet(w, "gezondheid", b.gezondheid());
        zet(w, "persoonlijkeOmstandigheden", b.persoonlijkeOmstandigheden());
        zet(w, "taalniveau", b.taalniveau());
        zet(w, "digitaleVaardigheden", b.digitaleVaardigheden());
        zet(w, "diplomawaardering", b.diplomawaardering());
        zet(w, "financien", b.financien());
        zet(w, "sociaalNetwerk", b.sociaalNetwerk());
        zet(w, "hoofddoel", b.hoofddoel());
        zet(w, "ontwikkelwensen", b.ontwikkelwensen());
        zet(w, "aandachtspunten", b.aandachtspunten());
        Leerbaarheidstoets t = dossier.leerbaarheidstoets();
        zet(w, "aanmeldingsdatum", t.aanmeldingsdatum());
        zet(w, "resultaat", t.resultaat());
        zet(
                w,
                "behaaldeScore",
                t.behaaldeScore() == null
                        ? null
                        : t.behaaldeScore().toPlainString().replace('.', ','));
        zet(
                w,
                "benodigdeScore",
                t.benodigdeScore() == null
                        ? null
                        : t.benodigdeScore().toPlainString().replace('.', ','));
        zet(w, "ontheffing", t.ontheffing());
        zet(w, "ontheffingReden", t.ontheffingReden());
        dossier.routekeuze().ifPresent(keuze -> {
            zet(w, "keuzeLeerroute", keuze.leerroute());
            zet(w, "keuzeReden", keuze.reden());
        });
        return w;
    }

    private static void zet(Map<String, String> waarden, String veld, @Nullable Object waarde) {
        if (waarde != null) {
            waarden.put(veld, waarde instanceof Enum<?> e ? e.name() : waarde.toString());
        }
    }
}
