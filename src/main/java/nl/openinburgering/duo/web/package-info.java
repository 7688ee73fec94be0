/** The Notificatie endpoint (M2M) and the pages of the exchange. */
@org.jspecify.annotations.NullMarked
package nl.openinburgering.duo.web;
