package nl.openinburgering.werkvoorraad;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Who is responsible for a person, the history of that, and the voortgangsgesprekken held (newest first). */
public record Toewijzing(
        UUID inburgeraarId,
        Optional<String> consulent,
        List<Toewijzingsregel> historie,
        List<LocalDate> voortgangsgesprekken) {}
