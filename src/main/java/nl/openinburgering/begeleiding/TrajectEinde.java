package nl.openinburgering.begeleiding;

import java.time.LocalDate;
import java.util.UUID;

/** R8.4: an open traject whose agreed duration ends soon, for the worklist: ids and the date only. */
public record TrajectEinde(UUID inburgeraarId, UUID trajectId, String partner, LocalDate einddatum) {}
