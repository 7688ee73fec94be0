/**
 * The platform's web layer. Other modules' controllers use its public types (the adapter from rule violations
 * to form messages, {@link nl.openinburgering.platform.web.Formulierfouten}), so the package is a named
 * interface; the controllers in it stay package-private.
 */
@org.springframework.modulith.NamedInterface("web")
@org.jspecify.annotations.NullMarked
package nl.openinburgering.platform.web;
