/** The begroting pages: the SPUK rekentool, the settlement and the budget realisation. */
@org.jspecify.annotations.NullMarked
package nl.openinburgering.begroting.web;
