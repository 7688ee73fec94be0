/**
 * The PIP's web layer. The inburgeraar's portal (module portaal) offers the same beschikking letter as the
 * consulent's page, so {@link nl.openinburgering.pip.web.Beschikkingsbrief} is public and this package a named
 * interface; the controllers in it stay package-private.
 */
@org.springframework.modulith.NamedInterface("web")
@org.jspecify.annotations.NullMarked
package nl.openinburgering.pip.web;
