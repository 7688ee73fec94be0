/** The leerroute's pages; the Z-route certificate ({@link nl.openinburgering.leerroute.web.Certificaatbrief}) is used by the portal. */
@org.springframework.modulith.NamedInterface("web")
@org.jspecify.annotations.NullMarked
package nl.openinburgering.leerroute.web;
