/**
 * Rapportage: management information for the gemeente's policy staff (beleidsmedewerker), aggregates only,
 * read as report read models: one SQL statement over the other modules' tables per report (ADR 0007), the
 * per-gemeente one under row-level security. Aggregates name no person, so reading them writes no
 * processing-log line. Its API is {@link nl.openinburgering.rapportage.RapportageBeheer}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Rapportage",
        allowedDependencies = {"shared", "platform", "platform :: web", "handhaving"})
@org.jspecify.annotations.NullMarked
package nl.openinburgering.rapportage;
