/**
 * Financieel ontzorgen (R7.x, D3): for an inburgeringsplichtige asielstatushouder with an asylum permit and
 * bijstand (R7.1), the gemeente pays the fixed costs from the bijstand (R7.2, R7.7) for at least six months from
 * the start of the bijstand (R7.3), with the person's machtiging (R7.4), and hands the responsibility back per cost
 * item when the person is ready (R7.6, D3). The financiële administratie reviews and exports the monthly payment
 * run of the whole gemeente as a SEPA credit transfer ({@code pain.001.001.09}) and CSV. Its API is
 * {@link nl.openinburgering.ontzorging.OntzorgingBeheer} (the consulent's file) and
 * {@link nl.openinburgering.ontzorging.Betaalrondes} (the financiële administratie).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Financieel ontzorgen",
        allowedDependencies = {"shared", "platform", "platform :: web", "inburgeraar"})
@org.jspecify.annotations.NullMarked
package nl.openinburgering.ontzorging;
