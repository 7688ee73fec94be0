/** Value types every module may use: {@link nl.openinburgering.shared.Bsn}, {@link nl.openinburgering.shared.Gemeentecode}. */
@org.springframework.modulith.ApplicationModule(displayName = "Gedeelde waardetypen",
        type = org.springframework.modulith.ApplicationModule.Type.OPEN, allowedDependencies = {})
package nl.openinburgering.shared;
