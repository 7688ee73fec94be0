package nl.openinburgering.map;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import nl.openinburgering.inburgeraar.Inburgeringstermijn;
import nl.openinburgering.shared.Conflict;
import nl.openinburgering.shared.Leerroute;
import nl.openinburgering.shared.MapThema;
import nl.openinburgering.shared.OngeldigeInvoer;
import nl.openinburgering.shared.Veldfout;
import nl.openinburgering.shared.Verwijtbaar;

/**
 * One person's MAP in one gemeente: the leerroute of the current PIP (R6.1), the practical hours the providers
 * reported (R6.3) and the last eindgesprek. The state changes are its methods, each returning its event;
 * {@link MapBeheer} loads, persists and publishes.
 */
public final class MapTraject {

    private final UUID inburgeraarId;
    private final String gemeentecode;
    private final Optional<Leerroute> leerroute;
    private final BigDecimal praktijkuren;
    private Optional<MapEindgesprek> eindgesprek;

    public MapTraject(
            UUID inburgeraarId,
            String gemeentecode,
            Optional<Leerroute> leerroute,
            BigDecimal praktijkuren,
            Optional<MapEindgesprek> eindgesprek) {
        this.inburgeraarId = inburgeraarId;
        this.gemeentecode = gemeentecode;
        this.leerroute = leerroute;
        this.praktijkuren = praktijkuren;
        this.eindgesprek = eindgesprek;
    }

    /**
     * R6.4: holds the eindgesprek with the gemeente's judgement, after R6.1, R6.3 and R6.5 (see
     * {@link MapRegels#eindgesprek}). An insufficient one may be followed by another and completes nothing (no
     * event); a sufficient one completes the MAP ({@link MapAfgerond}), after which a new eindgesprek is a
     * conflict (409).
     */
    public Optional<MapAfgerond> eindgesprekVoeren(
            @Nullable LocalDate datum,
            @Nullable Boolean voldoende,
            @Nullable Verwijtbaar verwijtbaar,
            Optional<Inburgeringstermijn> termijn,
            LocalDate vandaag) {
        if (afgerond()) {
            throw new Conflict("map.al.afgerond", "De MAP is al afgerond met een voldoende eindgesprek.");
        }
        List<Veldfout> fouten =
                MapRegels.eindgesprek(datum, voldoende, leerroute, praktijkuren, termijn, vandaag, verwijtbaar);
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
        // MapRegels.eindgesprek refused a missing date or judgement above.
        MapEindgesprek gesprek = new MapEindgesprek(
                Objects.requireNonNull(datum), Objects.requireNonNull(voldoende), Optional.ofNullable(verwijtbaar));
        eindgesprek = Optional.of(gesprek);
        return gesprek.voldoende()
                ? Optional.of(new MapAfgerond(inburgeraarId, gemeentecode, datum, verwijtbaar))
                : Optional.empty();
    }

    /**
     * R6.2 (and R6.1, R6.5): agrees a theme with the person, or waives it with the reason why the person already
     * has the knowledge; only in the B1-route or Z-route of a current PIP.
     */
    public MapThemaAfgesproken spreekThemaAf(MapThema thema, @Nullable ThemaStatus status, @Nullable String reden) {
        MapRegels.vereistMap(leerroute);
        List<Veldfout> fouten = MapRegels.themaAfspraak(status, reden);
        if (thema == null) {
            fouten = Stream.concat(
                            fouten.stream(), Stream.of(new Veldfout("thema", "R6.2", "Kies een van de acht thema's.")))
                    .toList();
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
        // MapRegels.themaAfspraak refused a missing status above.
        return new MapThemaAfgesproken(inburgeraarId, gemeentecode, thema, Objects.requireNonNull(status));
    }

    /** D4 (and R6.1, R6.5): sets the cost of the person's MAP, a non-negative amount in euros. */
    public MapKostenVastgesteld stelKostenIn(@Nullable BigDecimal kosten) {
        MapRegels.vereistMap(leerroute);
        List<Veldfout> fouten = MapRegels.bedrag("kosten", kosten);
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
        // MapRegels.bedrag refused a missing amount above.
        return new MapKostenVastgesteld(inburgeraarId, gemeentecode, Objects.requireNonNull(kosten));
    }

    /** R6.4: completed by a sufficient eindgesprek. */
    public boolean afgerond() {
        return eindgesprek.filter(MapEindgesprek::voldoende).isPresent();
    }

    public UUID inburgeraarId() {
        return inburgeraarId;
    }

    public Optional<Leerroute> leerroute() {
        return leerroute;
    }

    public BigDecimal praktijkuren() {
        return praktijkuren;
    }

    public Optional<MapEindgesprek> eindgesprek() {
        return eindgesprek;
    }
}
