package nl.openinburgering.inburgeraar;

import java.time.LocalDate;

/**
 * R3.12 with R3.6: an extension of the inburgeringstermijn that DUO granted while the person lived in the previous
 * gemeente. DUO decides extensions for the person, not for a gemeente, so it moves with them.
 *
 * @param nieuweEinddatum the extended exclusive end of the term (as {@code Termijnverlenging.nieuweEinddatum})
 */
public record OvergenomenVerlenging(LocalDate datumBesluit, LocalDate nieuweEinddatum, String vorigeGemeentecode) {}
