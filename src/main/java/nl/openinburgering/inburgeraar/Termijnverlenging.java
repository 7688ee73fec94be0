package nl.openinburgering.inburgeraar;

import java.time.LocalDate;

import org.springframework.data.relational.core.mapping.Table;

/**
 * R3.6: an extension of the inburgeringstermijn granted by DUO (ex officio, SS103, or on request, SS104),
 * registered by the gemeente with the date of DUO's decision, the new end date (exclusive) and the ground.
 */
@Table("termijnverlenging")
public record Termijnverlenging(int volgnummer, String gemeentecode, LocalDate datumBesluit,
        LocalDate nieuweEinddatum, String reden) {
}
