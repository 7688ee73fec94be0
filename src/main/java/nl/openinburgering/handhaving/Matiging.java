package nl.openinburgering.handhaving;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import nl.openinburgering.shared.OngeldigeInvoer;
import nl.openinburgering.shared.Veldfout;

/** R9.3 (art. 5:46(3) Awb): a moderated fine, with its ground, the recorded reason and the amount after moderation. */
public record Matiging(Matigingsgrond grond, String reden, BigDecimal bedrag) {

    /**
     * R9.3: the reason is written down, and the moderated amount is at least €0 and below the computed amount
     * (the fixed €250 of R9.1 included).
     */
    public static Matiging van(
            @Nullable Matigingsgrond grond, @Nullable String reden, @Nullable BigDecimal bedrag, BigDecimal berekend) {
        List<Veldfout> fouten = new ArrayList<>();
        if (grond == null) {
            fouten.add(new Veldfout("matigingsgrond", "R9.3", "Kies de grond voor de matiging."));
        }
        if (reden == null || reden.isBlank()) {
            fouten.add(new Veldfout("matigingsreden", "R9.3", "Schrijf op waarom de boete lager wordt."));
        }
        if (bedrag == null || bedrag.signum() < 0 || bedrag.compareTo(berekend) >= 0 || bedrag.scale() > 2) {
            fouten.add(new Veldfout(
                    "matigingsbedrag",
                    "R9.3",
                    "Het gematigde bedrag ligt tussen 0 en het berekende bedrag van " + berekend.toPlainString()
                            + " euro."));
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
        return new Matiging(
                Objects.requireNonNull(grond),
                Objects.requireNonNull(reden).strip(),
                Objects.requireNonNull(bedrag).setScale(2));
    }
}
