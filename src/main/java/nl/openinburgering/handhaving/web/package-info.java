@org.springframework.modulith.NamedInterface("web")
@org.jspecify.annotations.NullMarked
package nl.openinburgering.handhaving.web;
