package nl.openinburgering.inburgeraar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.mapping.Table;

import nl.openinburgering.shared.OngeldigeInvoer;
import nl.openinburgering.shared.Veldfout;

/**
 * R1.7 and R1.9: a vrijstelling (exemption) or ontheffing (dispensation) as DUO decided it: whole, partial (per
 * exam part) or, for a vrijstelling, temporary; its ground (DUO's reason code) and the date of the decision. A
 * whole one ends the plicht (R1.11); a partial one takes its parts out of what the leerroute must reach.
 *
 * @param onderdelen the exam parts of a partial one, as DUO's codes separated by commas ("LE,SP"); empty otherwise
 */
@Table("vrijstelling")
public record Vrijstelling(
        int volgnummer,
        String gemeentecode,
        Soort soort,
        Omvang omvang,
        String grond,
        LocalDate datumBesluit,
        String onderdelen,
        String vastgelegdDoor,
        Instant vastgelegdOp) {

    public enum Soort {
        VRIJSTELLING,
        ONTHEFFING
    }

    public enum Omvang {
        GEHEEL,
        GEDEELTELIJK,
        TIJDELIJK
    }

    /** R1.7: DUO's reason codes of a vrijstelling. */
    public static final Set<String> GRONDEN_VRIJSTELLING = Set.of("AVI", "DIP", "DOC", "GED", "INB", "INS", "OPL");

    /** R1.9: DUO's grounds of an ontheffing: medical, or special individual circumstances. */
    public static final Set<String> GRONDEN_ONTHEFFING = Set.of("MED", "BIO");

    /** R1.7: the temporary exemptions: proof of enrolment, or ex officio for a follow-on course. */
    private static final Set<String> TIJDELIJKE_GRONDEN = Set.of("INS", "OPL");

    /**
     * R1.7 and R1.9: checks a decision before it is recorded: a ground that belongs to its kind (GED is partial
     * only; INS and OPL are temporary, and temporary is always one of them); a partial one names at least one part
     * (a vrijstelling only the four skills, an ontheffing also KNM) and a whole or temporary one none; the decision
     * date lies between the start of the plicht and today.
     */
    static Vrijstelling nieuw(
            int volgnummer,
            String gemeentecode,
            @Nullable Soort soort,
            @Nullable Omvang omvang,
            @Nullable String grond,
            @Nullable LocalDate datumBesluit,
            @Nullable Set<Examendeel> onderdelen,
            LocalDate startPlicht,
            LocalDate vandaag,
            String door,
            Instant op) {
        List<Veldfout> fouten = new ArrayList<>();
        Set<Examendeel> delen = onderdelen == null || onderdelen.isEmpty()
                ? EnumSet.noneOf(Examendeel.class)
                : EnumSet.copyOf(onderdelen);
        String code = grond == null ? "" : grond.strip().toUpperCase(java.util.Locale.ROOT);
        if (soort == null) {
            fouten.add(new Veldfout("soort", "verplicht", "Kies vrijstelling of ontheffing."));
        }
        if (omvang == null) {
            fouten.add(new Veldfout("omvang", "verplicht", "Kies geheel, gedeeltelijk of tijdelijk."));
        }
        if (soort == Soort.VRIJSTELLING && !GRONDEN_VRIJSTELLING.contains(code)) {
            fouten.add(new Veldfout(
                    "grond",
                    "R1.7",
                    "Kies een grond van DUO voor de vrijstelling: AVI, DIP, DOC, GED, INB, INS of OPL."));
        } else if (soort == Soort.ONTHEFFING && !GRONDEN_ONTHEFFING.contains(code)) {
            fouten.add(new Veldfout("grond", "R1.9", "Kies een grond van DUO voor de ontheffing: MED of BIO."));
        } else if (soort != null && omvang != null) {
            controleerOmvang(soort, omvang, code, delen, fouten);
        }
        if (datumBesluit == null) {
            fouten.add(new Veldfout("datumBesluit", "verplicht", "Vul de datum van het besluit van DUO in."));
        } else if (datumBesluit.isBefore(startPlicht) || datumBesluit.isAfter(vandaag)) {
            fouten.add(new Veldfout(
                    "datumBesluit",
                    soort == Soort.ONTHEFFING ? "R1.9" : "R1.7",
                    "De datum van het besluit ligt tussen de start van de inburgeringsplicht (" + startPlicht
                            + ") en vandaag."));
        }
        if (!fouten.isEmpty() || soort == null || omvang == null || datumBesluit == null) {
            throw new OngeldigeInvoer(fouten);
        }
        return new Vrijstelling(
                volgnummer,
                gemeentecode,
                soort,
                omvang,
                code,
                datumBesluit,
                delen.stream().map(Enum::name).collect(Collectors.joining(",")),
                door,
                op);
    }

    private static void controleerOmvang(
            Soort soort, Omvang omvang, String code, Set<Examendeel> delen, List<Veldfout> fouten) {
        String regel = soort == Soort.ONTHEFFING ? "R1.9" : "R1.7";
        if (omvang == Omvang.TIJDELIJK && (soort == Soort.ONTHEFFING || !TIJDELIJKE_GRONDEN.contains(code))) {
            fouten.add(new Veldfout(
                    "omvang", regel, "Alleen een vrijstelling op grond INS of OPL is tijdelijk; een ontheffing niet."));
        } else if (omvang != Omvang.TIJDELIJK && TIJDELIJKE_GRONDEN.contains(code)) {
            fouten.add(new Veldfout("omvang", regel, "Een vrijstelling op grond INS of OPL is tijdelijk."));
        } else if ("GED".equals(code) && omvang != Omvang.GEDEELTELIJK) {
            fouten.add(new Veldfout("omvang", regel, "Grond GED is een gedeeltelijke vrijstelling."));
        }
        if (omvang == Omvang.GEDEELTELIJK && delen.isEmpty()) {
            fouten.add(new Veldfout(
                    "onderdelen", regel, "Kies de onderdelen waarvoor de gedeeltelijke " + naam(soort) + " geldt."));
        } else if (omvang != Omvang.GEDEELTELIJK && !delen.isEmpty()) {
            fouten.add(new Veldfout(
                    "onderdelen", regel, "Alleen een gedeeltelijke " + naam(soort) + " geldt per onderdeel."));
        } else if (soort == Soort.VRIJSTELLING && delen.contains(Examendeel.KNM)) {
            fouten.add(new Veldfout(
                    "onderdelen",
                    "R1.7",
                    "Een gedeeltelijke vrijstelling geldt per taalvaardigheid (lezen, luisteren, schrijven, spreken), "
                            + "niet voor KNM."));
        }
    }

    private static String naam(Soort soort) {
        return soort == Soort.ONTHEFFING ? "ontheffing" : "vrijstelling";
    }

    /** The parts of a partial one; empty for a whole or temporary one. */
    public Set<Examendeel> examendelen() {
        return onderdelen.isBlank()
                ? EnumSet.noneOf(Examendeel.class)
                : Arrays.stream(onderdelen.split(","))
                        .map(Examendeel::valueOf)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Examendeel.class)));
    }
}
