/**
 * Platform: security, tenancy (gemeente), the processing log (verwerkingenlogging) and the UI shell.
 * Its base package is the API other modules use: {@link nl.openinburgering.platform.HuidigeGebruiker},
 * {@link nl.openinburgering.platform.Verwerkingslog}, {@link nl.openinburgering.platform.Tenant}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Platform",
        allowedDependencies = {"shared"})
@org.jspecify.annotations.NullMarked
package nl.openinburgering.platform;
