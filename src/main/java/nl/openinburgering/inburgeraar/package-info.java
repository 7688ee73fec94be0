/**
 * The registry of inburgeraars: register, find by BSN, list, view and change a person's file. Its API is
 * {@link nl.openinburgering.inburgeraar.InburgeraarBeheer}; other modules never touch its table.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Inburgeraars",
        allowedDependencies = {"shared", "platform", "platform :: web"})
@org.jspecify.annotations.NullMarked
package nl.openinburgering.inburgeraar;
