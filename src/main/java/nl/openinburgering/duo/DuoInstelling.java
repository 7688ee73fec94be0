package nl.openinburgering.duo;

/**
 * R10.1, R10.5: a gemeente's setting for the exchange: its OIN (the {@code bron} of its messages and the
 * {@code doel} of DUO's notifications) and whether it has an M2M connection; without one, the outbox becomes the
 * worklist "registreren in het DUO-portaal".
 */
public record DuoInstelling(String gemeentecode, Oin oin, boolean m2m) {}
