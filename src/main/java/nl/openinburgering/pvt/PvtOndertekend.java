package nl.openinburgering.pvt;

import java.time.LocalDate;
import java.util.UUID;

/** The participatieverklaring was signed (R5.1); what DUO needs later is {@code datum} (R5.5). */
public record PvtOndertekend(UUID inburgeraarId, String gemeentecode, LocalDate datum) {}
