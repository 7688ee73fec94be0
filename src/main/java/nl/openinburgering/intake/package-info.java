/**
 * Warme overdracht (R12.2, R12.4, R12.5, R12.6) and brede intake (R2.1, R2.2, R2.4, R1.10): the handover from
 * the COA, the conversations, the findings per leefgebied, the leerbaarheidstoets, non-appearance, and the
 * route advice with the consulent's choice. Its API is {@link nl.openinburgering.intake.IntakeBeheer}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Intake",
        allowedDependencies = {"shared", "platform", "platform :: web", "inburgeraar"})
@org.jspecify.annotations.NullMarked
package nl.openinburgering.intake;
