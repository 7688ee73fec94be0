/**
 * The PIP (Plan Inburgering en Participatie): drafted by a consulent, vastgesteld as a beschikking, replaced
 * by a new version on schakelen, afschalen or verhuizing. Its API is {@link nl.openinburgering.pip.PipBeheer}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "PIP",
        allowedDependencies = {"shared", "platform", "platform :: web", "inburgeraar", "aanbieder", "intake"})
@org.jspecify.annotations.NullMarked
package nl.openinburgering.pip;
