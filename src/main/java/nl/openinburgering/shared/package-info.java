/** Value types every module may use: {@link nl.openinburgering.shared.Bsn}, {@link nl.openinburgering.shared.Gemeentecode}. */
@org.springframework.modulith.ApplicationModule(
        displayName = "Gedeelde waardetypen",
        type = org.springframework.modulith.ApplicationModule.Type.OPEN,
        allowedDependencies = {})
@org.jspecify.annotations.NullMarked
package nl.openinburgering.shared;
