package nl.openinburgering.leerroute;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import nl.openinburgering.pip.Niveau;
import nl.openinburgering.shared.Leerroute;

/**
 * R4.1: where a person stands with the exams of the PIP's leerroute: per exam part the first attempt that was
 * passed at the PIP's level or higher. The leerroute counts as met once every part has one: the four skills (LE,
 * LU, SC, SP) at the PIP's niveau (B1 by default; A2 where the PIP says so, B2 also counts) and KNM, which has no
 * level. A pass below the PIP's level does not count. The Z-route has no exams (it is completed by the eindgesprek,
 * R4.5), so it has no examenstand.
 *
 * @param vereistNiveau the level every language part must reach
 * @param onderdelen one line per exam part, in DUO's order
 */
public record Examenstand(Taalniveau vereistNiveau, List<Onderdeel> onderdelen) {

    /**
     * One exam part: the date of the first pass at the required level or higher, empty while it has none; or
     * exempted by a partial vrijstelling or ontheffing (R1.7, R1.9), which counts as met.
     */
    public record Onderdeel(
            Examenonderdeel onderdeel,
            Optional<LocalDate> behaaldOp,
            @Nullable Taalniveau niveau,
            boolean vrijgesteld) {

        public boolean behaald() {
            return vrijgesteld || behaaldOp.isPresent();
        }
    }

    public Examenstand {
        onderdelen = List.copyOf(onderdelen);
    }

    /**
     * R4.1: the examenstand for a PIP of this route and niveau, from every reported attempt (any order). Empty for
     * the Z-route and for a PIP without a route.
     */
    public static Optional<Examenstand> bereken(
            @Nullable Leerroute route, @Nullable Niveau niveau, List<Examenresultaat> resultaten) {
        return bereken(route, niveau, resultaten, Set.of());
    }

    /**
     * As {@link #bereken(Leerroute, Niveau, List)}; R1.7 and R1.9: the parts in {@code vrijgesteld} (DUO's codes:
     * LE, LU, SC, SP, KNM) are covered by a partial vrijstelling or ontheffing and count as met without an exam.
     */
    public static Optional<Examenstand> bereken(
            @Nullable Leerroute route,
            @Nullable Niveau niveau,
            List<Examenresultaat> resultaten,
            Set<String> vrijgesteld) {
        if (route == null || route == Leerroute.Z_ROUTE) {
            return Optional.empty();
        }
        Taalniveau vereist = niveau == Niveau.A2 ? Taalniveau.A2 : Taalniveau.B1;
        List<Onderdeel> onderdelen = new ArrayList<>();
        for (Examenonderdeel onderdeel : Examenonderdeel.values()) {
            Optional<Examenmelding> eerste = resultaten.stream()
                    .map(Examenresultaat::melding)
                    .filter(m -> m.onderdeel() == onderdeel && m.resultaat() == Examenuitslag.GESLAAGD)
                    .filter(m -> !onderdeel.heeftNiveau() || opNiveau(m.niveau(), vereist))
                    .min(Comparator.comparing(Examenmelding::datum));
            onderdelen.add(new Onderdeel(
                    onderdeel,
                    eerste.map(Examenmelding::datum),
                    eerste.map(Examenmelding::niveau).orElse(null),
                    vrijgesteld.contains(onderdeel.name())));
        }
        return Optional.of(new Examenstand(vereist, onderdelen));
    }

    private static boolean opNiveau(@Nullable Taalniveau behaald, Taalniveau vereist) {
        return behaald != null && behaald.compareTo(vereist) >= 0;
    }

    /** R4.1: every part passed at the required level. */
    public boolean behaald() {
        return onderdelen.stream().allMatch(Onderdeel::behaald);
    }

    /**
     * R4.1: the day the leerroute was met: the last of the first passes of the parts not exempted; empty while a
     * part is open (or when every part is exempted).
     */
    public Optional<LocalDate> behaaldOp() {
        return behaald()
                ? onderdelen.stream()
                        .filter(o -> !o.vrijgesteld())
                        .flatMap(o -> o.behaaldOp().stream())
                        .max(Comparator.naturalOrder())
                : Optional.empty();
    }

    /** The parts still to pass, in DUO's order. */
    public List<Examenonderdeel> open() {
        return onderdelen.stream()
                .filter(o -> !o.behaald())
                .map(Onderdeel::onderdeel)
                .toList();
    }
}
