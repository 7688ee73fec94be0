/** The exchange's machinery: the contract validator, the HTTP client, the inbox and the outbox. */
@org.jspecify.annotations.NullMarked
package nl.openinburgering.duo.internal;
