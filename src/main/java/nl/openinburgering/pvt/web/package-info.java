/** The PVT's pages and letters; its letters ({@link nl.openinburgering.pvt.web.PvtBrieven}) are used by the portal. */
@org.springframework.modulith.NamedInterface("web")
@org.jspecify.annotations.NullMarked
package nl.openinburgering.pvt.web;
