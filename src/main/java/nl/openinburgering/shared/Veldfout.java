package nl.openinburgering.shared;

/**
 * One thing wrong with the input: the field, a code (a rule ID such as {@code R3.13} or an error code such
 * as {@code bsn.elfproef}) and a Dutch reason fit to show to the user.
 */
public record Veldfout(String veld, String code, String reden) {}
