package nl.openinburgering;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.modulith.docs.Documenter.CanvasOptions;
import org.springframework.modulith.docs.Documenter.DiagramOptions;
import org.springframework.modulith.docs.Documenter.DiagramOptions.DiagramStyle;
import org.springframework.modulith.docs.Documenter.Options;

/**
 * The module boundaries of the house style: modules talk only through each other's base package (the API)
 * and events, never through {@code internal} or {@code web}, and depend on each other without cycles. The
 * same run writes the module documentation that {@code docs/architecture.md} links to.
 */
class ModularityTests {

    static final String DOCUMENTATIEMAP = "docs/modules";

    private final ApplicationModules modules = ApplicationModules.of(OpenInburgeringApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    /**
     * Writes C4 component diagrams (PlantUML: all modules, and each module with its neighbours), the module
     * canvases (AsciiDoc) and an aggregating document into {@value #DOCUMENTATIEMAP}, which is committed so
     * the docs show the current structure without a build.
     */
    @Test
    void writesTheModuleDocumentation() {
        new Documenter(modules, Options.defaults().withOutputFolder(DOCUMENTATIEMAP))
                .writeDocumentation(DiagramOptions.defaults().withStyle(DiagramStyle.C4), CanvasOptions.defaults());
    }
}
