package nl.openinburgering.handhaving;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a consulent gives to open a case: the ground, for R9.2 the breached agreement of the current PIP, the
 * dates of the breach, and the evidence by id: the provider's absent hour lines ({@code urenregels}) and the
 * missed intake appointments ({@code nietVerschenen}, their volgnummers).
 */
public record NieuweZaak(
        Grond grond,
        @Nullable PipAfspraak afspraak,
        List<LocalDate> overtredingsdatums,
        List<Long> urenregels,
        List<Integer> nietVerschenen) {

    public NieuweZaak {
        overtredingsdatums = overtredingsdatums == null ? List.of() : List.copyOf(overtredingsdatums);
        urenregels = urenregels == null ? List.of() : List.copyOf(urenregels);
        nietVerschenen = nietVerschenen == null ? List.of() : List.copyOf(nietVerschenen);
    }
}
