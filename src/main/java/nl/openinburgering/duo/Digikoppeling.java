package nl.openinburgering.duo;

import java.util.UUID;

/**
 * R10.1: the headers of one Digikoppeling REST message: who sends it ({@code bron}), for whom ({@code doel}), and
 * its {@code berichtId}, which DUO returns in its answer and which makes a repeat recognisable.
 */
public record Digikoppeling(Oin bron, Oin doel, UUID berichtId) {

    public static final String BRON = "bron";
    public static final String DOEL = "doel";
    public static final String BERICHT_ID = "berichtId";
    public static final String API_VERSION = "API-Version";
}
