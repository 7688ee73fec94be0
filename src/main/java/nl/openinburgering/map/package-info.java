/**
 * The MAP (Module Arbeidsmarkt en Participatie, R6.x) for the B1-route and the Z-route, never the
 * onderwijsroute: the eight themes agreed or waived per person, the practical element of at least 40 hours
 * reported by providers, the eindgesprek with the gemeente's judgement, and the cost against the budget (D4).
 * Its API is {@link nl.openinburgering.map.MapBeheer}. Type names say "Map…" (never a class {@code Map}).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "MAP",
        allowedDependencies = {
            "shared",
            "platform",
            "platform :: web",
            "inburgeraar",
            "aanbieder",
            "leerroute",
            "pip",
            "pvt"
        })
@org.jspecify.annotations.NullMarked
package nl.openinburgering.map;
