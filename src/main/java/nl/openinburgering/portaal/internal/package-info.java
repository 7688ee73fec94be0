/** Persistence, the worklist signal, the productie login's BSN and the mail outbox of the portal. */
@org.jspecify.annotations.NullMarked
package nl.openinburgering.portaal.internal;
