package nl.openinburgering.duo.internal;

/** The kinds of melding in the outbox, with the Dutch name a consulent reads. */
final class Meldingsoort {

    static final String PIP = "PIP";
    static final String PVT = "PVT";
    static final String MAP = "MAP";
    static final String ZROUTE = "ZROUTE";

    private Meldingsoort() {}

    static String omschrijving(String soort) {
        return switch (soort) {
            case PIP -> "van het PIP";
            case PVT -> "van de ondertekening van de participatieverklaring";
            case MAP -> "van het eindgesprek MAP";
            case ZROUTE -> "van de afronding van de Z-route";
            default -> soort;
        };
    }
}
