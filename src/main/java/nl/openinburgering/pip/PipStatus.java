package nl.openinburgering.pip;

public enum PipStatus {
    CONCEPT,
    VASTGESTELD,
    VERVANGEN
}
