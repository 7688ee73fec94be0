package nl.openinburgering.pvt;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** One part of the gemeente's PVT programme (D2), e.g. "Kernwaarden" of three hours, or an excursion. */
public record Onderdeel(@Nullable UUID id, int volgorde, String naam, BigDecimal uren, boolean activiteit) {

    /**
     * D2: four dagdelen of three hours (kernwaarden; health by the GGD; housing; work and the gemeente), the
     * signing with certificate by the wethouder, and at least one activity or excursion (R5.3).
     */
    public static List<Onderdeel> standaard() {
        return List.of(
                new Onderdeel(
                        null,
                        1,
                        "Kernwaarden: vrijheid, gelijkwaardigheid, solidariteit en participatie",
                        drie(),
                        false),
                new Onderdeel(null, 2, "Gezondheid (GGD)", drie(), false),
                new Onderdeel(null, 3, "Wonen (woningcorporatie)", drie(), false),
                new Onderdeel(null, 4, "Werk en de gemeente", drie(), false),
                new Onderdeel(null, 5, "Excursie of activiteit rond een kernwaarde", new BigDecimal("2.0"), true),
                new Onderdeel(
                        null,
                        6,
                        "Ondertekening van de participatieverklaring met certificaat door de wethouder",
                        new BigDecimal("1.0"),
                        false));
    }

    private static BigDecimal drie() {
        return new BigDecimal("3.0");
    }
}
