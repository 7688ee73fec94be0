package nl.openinburgering.aanbieder;

import java.util.Optional;
import java.util.UUID;

import nl.openinburgering.shared.Leerroute;

/**
 * The price per deelname the gemeente agreed with a contracted provider, for a kind of deelname and, for a
 * leerroute, per route; in cents. The begroting counts it as committed when a deelname starts.
 */
public record Contractprijs(
        UUID aanbiederId,
        String aanbiederNaam,
        Deelnamesoort soort,
        Optional<Leerroute> leerroute,
        long prijsInCenten) {}
