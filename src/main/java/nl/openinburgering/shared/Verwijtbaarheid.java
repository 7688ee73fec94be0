package nl.openinburgering.shared;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * R6.5 (and R5.5 for the PVT): which {@code verwijtbaar} indication DUO accepts with a PVT or MAP report.
 * <ul>
 *   <li>omitted when the route part was completed before the end of the inburgeringstermijn;</li>
 *   <li>{@code NEE} only when the termijn ends within two months (or has ended);</li>
 *   <li>{@code JA} only when the termijn has been exceeded.</li>
 * </ul>
 * The end of the termijn is exclusive (DUO's model): on {@code einddatumTermijn} itself it has been exceeded.
 * "Within two months" starts on {@code einddatumTermijn} minus two calendar months. Pure: the dates come in.
 *
 * @param datumAfronding   the date of the signing or the eindgesprek, or {@code null} when not completed
 * @param einddatumTermijn the (exclusive) end of the inburgeringstermijn, extensions included
 * @param peildatum        the day the indication is given (normally today)
 */
public record Verwijtbaarheid(@Nullable LocalDate datumAfronding, LocalDate einddatumTermijn, LocalDate peildatum) {

    static final int MAANDEN_VOORAF = 2;

    public Verwijtbaarheid {
        if (einddatumTermijn == null || peildatum == null) {
            throw new IllegalArgumentException("einddatumTermijn en peildatum zijn verplicht");
        }
    }

    /** R6.5: the completion lies before the end of the termijn, so the indication must be omitted. */
    public boolean opTijdAfgerond() {
        return datumAfronding != null && datumAfronding.isBefore(einddatumTermijn);
    }

    /** R6.5: on or after the exclusive end date the termijn has been exceeded. */
    public boolean termijnOverschreden() {
        return !peildatum.isBefore(einddatumTermijn);
    }

    /** R6.5: the termijn ends within two months of the peildatum (or has already ended). */
    public boolean eindigtBinnenTweeMaanden() {
        return !peildatum.isBefore(einddatumTermijn.minusMonths(MAANDEN_VOORAF));
    }

    /** R6.5: the values the gemeente may give now; empty means the indication must be omitted. */
    public Set<Verwijtbaar> toegestaan() {
        Set<Verwijtbaar> waarden = EnumSet.noneOf(Verwijtbaar.class);
        if (opTijdAfgerond()) {
            return waarden;
        }
        if (eindigtBinnenTweeMaanden()) {
            waarden.add(Verwijtbaar.NEE);
        }
        if (termijnOverschreden()) {
            waarden.add(Verwijtbaar.JA);
        }
        return waarden;
    }

    /**
     * R6.5: checks the gemeente's indication; absent is always allowed (the indication is optional).
     *
     * @return the problem in Dutch, or empty when DUO would accept it
     */
    public Optional<String> fout(@Nullable Verwijtbaar gegeven) {
        if (gegeven == null || toegestaan().contains(gegeven)) {
            return Optional.empty();
        }
        if (opTijdAfgerond()) {
            return Optional.of("Afgerond voor het einde van de inburgeringstermijn: laat 'verwijtbaar' leeg.");
        }
        return Optional.of(
                gegeven == Verwijtbaar.JA
                        ? "'Verwijtbaar: ja' mag pas als de inburgeringstermijn is verstreken."
                        : "'Verwijtbaar: nee' mag pas als de inburgeringstermijn binnen twee maanden eindigt.");
    }
}
