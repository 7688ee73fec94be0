/**
 * Rapportage: management information for the gemeente's policy staff (beleidsmedewerker), aggregates only,
 * read through the other modules' bulk facades. Aggregates name no person, so reading them writes no
 * processing-log line. Its API is {@link nl.openinburgering.rapportage.RapportageBeheer}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Rapportage")
package nl.openinburgering.rapportage;
