package nl.openinburgering.portaal;

/** The person's answer to an appointment in the portal. */
public enum Afspraakreactie {
    BEVESTIGD,
    VERPLAATSEN
}
