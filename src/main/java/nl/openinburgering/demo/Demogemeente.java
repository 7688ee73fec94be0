package nl.openinburgering.demo;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.openinburgering.shared.Gemeentecode;
import nl.openinburgering.shared.Leerroute;

/**
 * What the demo files of one gemeente hold, and as whom {@link DemoDossiers} makes them. The providers are those
 * of {@code db/demo/R__demo_platform.sql}: the language school is contracted by all three gemeenten,
 * Participatiewerk Dalfsen (participation, MAP, PVT) by Dalfsen only, so only Dalfsen has Z-routes (which need a
 * participation deelname), a completed Z-route and a PVT group.
 *
 * @param teamleider the account that fixes the PIPs under the four-eyes policy; empty where the demo has no
 *        teamleider (Staphorst, Zwartewaterland): there the gemeente's four-eyes policy is switched off, so the
 *        consulent fixes them, as the demo's consulent could otherwise never fix a PIP there by hand either
 * @param participatiewerk whether Participatiewerk Dalfsen is contracted here
 */
record Demogemeente(
        Gemeentecode code,
        String consulent,
        Optional<String> teamleider,
        boolean participatiewerk,
        String mapAfspraken,
        List<Plan> plannen) {

    static final UUID TAALSCHOOL = UUID.fromString("6a0c1b6e-2f4d-4c36-9a77-1f0e5b1d0a01");
    static final UUID PARTICIPATIEWERK = UUID.fromString("6a0c1b6e-2f4d-4c36-9a77-1f0e5b1d0a02");

    /**
     * What a demo person's file holds. {@code index} is the person's place in the order of the gemeente's demo
     * people (0: the newest term, 19: the oldest), as {@link DemoInburgeraars} spreads them over the stages.
     * With a {@code doel}, the attended hours stop just at that total.
     */
    record Plan(
            int index,
            Leerroute route,
            int urenPerDag,
            boolean participatie,
            @Nullable BigDecimal doel,
            boolean verzuim) {

        Plan metVerzuim() {
            return new Plan(index, route, urenPerDag, participatie, doel, true);
        }
    }

    /** Twelve of the twenty people have a PIP: three Z-route, seven B1-route, two onderwijsroute. */
    static final Demogemeente DALFSEN = new Demogemeente(
            new Gemeentecode("0148"),
            "consulent.dalfsen",
            Optional.of("teamleider.dalfsen"),
            true,
            "MAP bij Participatiewerk Dalfsen, met een werkervaringsplek.",
            List.of(
                    new Plan(7, Leerroute.B1_ROUTE, 3, false, null, false),
                    new Plan(8, Leerroute.B1_ROUTE, 3, false, null, false),
                    new Plan(9, Leerroute.B1_ROUTE, 3, false, null, true),
                    new Plan(10, Leerroute.ONDERWIJSROUTE, 4, false, null, false),
                    new Plan(11, Leerroute.B1_ROUTE, 3, false, null, false),
                    new Plan(12, Leerroute.Z_ROUTE, 4, true, null, true),
                    new Plan(14, Leerroute.B1_ROUTE, 3, false, null, false),
                    new Plan(15, Leerroute.B1_ROUTE, 6, false, new BigDecimal("640"), false),
                    new Plan(16, Leerroute.Z_ROUTE, 7, true, new BigDecimal("805"), false),
                    new Plan(17, Leerroute.ONDERWIJSROUTE, 4, false, null, false),
                    new Plan(18, Leerroute.B1_ROUTE, 3, false, null, true),
                    new Plan(19, Leerroute.Z_ROUTE, 7, true, new BigDecimal("790"), false)));

    /**
     * Seven of the twenty have a PIP, all with lessons at the language school: five B1-route (one above 600 hours
     * with exam results, one below the attendance threshold) and two onderwijsroute.
     */
    private static final List<Plan> ALLEEN_TAALSCHOOL = List.of(
            new Plan(8, Leerroute.B1_ROUTE, 3, false, null, false),
            new Plan(9, Leerroute.B1_ROUTE, 3, false, null, true),
            new Plan(10, Leerroute.ONDERWIJSROUTE, 4, false, null, false),
            new Plan(11, Leerroute.B1_ROUTE, 3, false, null, false),
            new Plan(14, Leerroute.B1_ROUTE, 3, false, null, false),
            new Plan(15, Leerroute.B1_ROUTE, 6, false, new BigDecimal("640"), false),
            new Plan(17, Leerroute.ONDERWIJSROUTE, 4, false, null, false));

    static final Demogemeente STAPHORST = new Demogemeente(
            new Gemeentecode("0180"),
            "consulent.staphorst",
            Optional.empty(),
            false,
            "MAP bij een werkgever in Staphorst, met een werkervaringsplek.",
            ALLEEN_TAALSCHOOL);

    static final Demogemeente ZWARTEWATERLAND = new Demogemeente(
            new Gemeentecode("1896"),
            "consulent.zwartewaterland",
            Optional.empty(),
            false,
            "MAP bij een werkgever in Zwartewaterland, met een werkervaringsplek.",
            ALLEEN_TAALSCHOOL);

    /** In the order they are loaded. */
    static final List<Demogemeente> ALLE = List.of(DALFSEN, STAPHORST, ZWARTEWATERLAND);

    String gemeenteAutoriteit() {
        return "GEMEENTE_" + code.waarde();
    }
}
