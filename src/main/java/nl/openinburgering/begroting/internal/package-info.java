/** Storage of the begroting's settings (prognoses, prices, uitvoeringsbudget, tolken). */
@org.jspecify.annotations.NullMarked
package nl.openinburgering.begroting.internal;
