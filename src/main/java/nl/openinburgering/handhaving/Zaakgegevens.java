package nl.openinburgering.handhaving;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** Everything a handhavingszaak holds, as read and stored; the steps not yet taken are null. */
public record Zaakgegevens(
        Kern kern,
        List<Bewijs> bewijs,
        Stap stap,
        LocalDate stapSinds,
        @Nullable Gesprek gesprek,
        @Nullable Waarschuwing waarschuwing,
        @Nullable Evenredigheid evenredigheid,
        @Nullable Voornemen voornemen,
        @Nullable Zienswijze zienswijze,
        @Nullable Voorstel voorstel,
        @Nullable Besluit besluit,
        @Nullable Betaling betaling,
        long versie) {

    /** What the case is about: the person, the ground, the breached PIP agreement and the dates. */
    public record Kern(
            UUID id,
            String gemeentecode,
            UUID inburgeraarId,
            Grond grond,
            @Nullable UUID pipId,
            @Nullable PipAfspraak afspraak,
            List<LocalDate> overtredingsdatums,
            LocalDate geopendOp,
            String geopendDoor) {}

    public record Gesprek(LocalDate datum, String notities, boolean verschoonbaar) {}

    public record Waarschuwing(LocalDate datum, LocalDate termijnEinde) {}

    public record Evenredigheid(String motivering, String eerderGeprobeerd) {}

    public record Voornemen(LocalDate datum, LocalDate zienswijzetermijnEinde, Boeteberekening berekening) {}

    public record Zienswijze(LocalDate datum, Zienswijzevorm vorm, String inhoud) {}

    public record Voorstel(
            LocalDate datum,
            String door,
            String motivering,
            @Nullable Matiging matiging,
            BigDecimal bedrag) {}

    /** The boetebeschikking ({@code geenBoeteReden} null) or the decision not to fine. */
    public record Besluit(
            LocalDate datum, String door, @Nullable String geenBoeteReden) {}

    public record Betaling(Betaalstatus status, LocalDate sinds) {}

    public UUID id() {
        return kern.id();
    }

    /** Days the case has been open on {@code peildatum}, for the teamleider's overview. */
    public long leeftijdInDagen(LocalDate peildatum) {
        return ChronoUnit.DAYS.between(kern.geopendOp(), peildatum);
    }

    /** The amount of the boetebeschikking or of the proposal, if there is one. */
    public @Nullable BigDecimal bedrag() {
        return voorstel == null ? null : voorstel.bedrag();
    }
}
