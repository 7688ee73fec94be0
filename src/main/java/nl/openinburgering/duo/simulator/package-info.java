/**
 * The DUO simulator (profile demo and the tests only, {@code openinburgering.duo.simulator.aan}): DUO's side of
 * the exchange in the same process under {@code /duo-simulator/v1}, with tables of its own. It validates every
 * request against DUO's OpenAPI files and the validations of the specification's README.
 */
@org.jspecify.annotations.NullMarked
package nl.openinburgering.duo.simulator;
