package nl.openinburgering.platform.internal;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The productie profile refuses to start: a setting is missing, unsafe, or the database connection would
 * bypass row-level security. Thrown before the app serves a single request, so an unsafe installation never
 * runs, not even briefly. Each {@link Bezwaar} names the setting, so the operator knows what to fix.
 */
class ProductieWeigering extends RuntimeException {

    private final List<Bezwaar> bezwaren;

    ProductieWeigering(List<Bezwaar> bezwaren) {
        super(omschrijving(bezwaren));
        this.bezwaren = List.copyOf(bezwaren);
    }

    List<Bezwaar> bezwaren() {
        return bezwaren;
    }

    static String omschrijving(List<Bezwaar> bezwaren) {
        return bezwaren.stream()
                .map(Bezwaar::toString)
                .collect(Collectors.joining(
                        "\n", "Profiel productie weigert te starten / Profile productie refuses to start:\n", ""));
    }

    /** One reason to refuse: the setting it concerns, and what is wrong in Dutch and in English. */
    record Bezwaar(String instelling, String nederlands, String engels) {

        static Bezwaar ontbreekt(String eigenschap, String omgevingsvariabele) {
            return new Bezwaar(
                    eigenschap + " (" + omgevingsvariabele + ")",
                    "Instelling ontbreekt; zet deze in de omgeving of in de configuratie",
                    "Missing setting; set it in the environment or in the configuration");
        }

        /** The setting first, so that an operator scanning the log sees at once what to change. */
        @Override
        public String toString() {
            return " - " + instelling + "\n     NL: " + nederlands + "\n     EN: " + engels;
        }
    }
}
