package nl.openinburgering.demo;

import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

import nl.openinburgering.OpenInburgeringApplication;
import nl.openinburgering.aanbieder.DeelnameBeheer;
import nl.openinburgering.aanbieder.UrenRegistratie;
import nl.openinburgering.handhaving.HandhavingBeheer;
import nl.openinburgering.inburgeraar.InburgeraarBeheer;
import nl.openinburgering.intake.IntakeBeheer;
import nl.openinburgering.leerroute.ResultatenBeheer;
import nl.openinburgering.leerroute.ZrouteBeheer;
import nl.openinburgering.map.MapBeheer;
import nl.openinburgering.pip.PipBeheer;
import nl.openinburgering.pvt.Groepsplanning;
import nl.openinburgering.pvt.PvtBeheer;
import nl.openinburgering.werkvoorraad.ToewijzingBeheer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/**
 * The demo module exists only in profile {@code demo} (ADR 0009): its loaders need that profile even when the
 * demo data setting is on, and no production module depends on it, so leaving it out changes nothing else.
 */
class DemoActiveringTests {

    /** The demo beans with every facade they need, so only their conditions decide whether they exist. */
    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(DemoInburgeraars.class, DemoToewijzingen.class, DemoDossiers.class)
            .withBean(InburgeraarBeheer.class, () -> mock(InburgeraarBeheer.class))
            .withBean(ToewijzingBeheer.class, () -> mock(ToewijzingBeheer.class))
            .withBean(PipBeheer.class, () -> mock(PipBeheer.class))
            .withBean(DeelnameBeheer.class, () -> mock(DeelnameBeheer.class))
            .withBean(UrenRegistratie.class, () -> mock(UrenRegistratie.class))
            .withBean(ResultatenBeheer.class, () -> mock(ResultatenBeheer.class))
            .withBean(ZrouteBeheer.class, () -> mock(ZrouteBeheer.class))
            .withBean(Groepsplanning.class, () -> mock(Groepsplanning.class))
            .withBean(PvtBeheer.class, () -> mock(PvtBeheer.class))
            .withBean(MapBeheer.class, () -> mock(MapBeheer.class))
            .withBean(HandhavingBeheer.class, () -> mock(HandhavingBeheer.class))
            .withBean(IntakeBeheer.class, () -> mock(IntakeBeheer.class))
            .withBean(Clock.class, Clock::systemDefaultZone)
            .withPropertyValues("openinburgering.demo.gegevens=true");

    @Test
    void withProfileDemoAndDemoDataTheThreeLoadersExist() {
        context.withInitializer(c -> c.getEnvironment().setActiveProfiles("demo"))
                .run(c -> assertThat(c)
                        .hasNotFailed()
                        .hasSingleBean(DemoInburgeraars.class)
                        .hasSingleBean(DemoToewijzingen.class)
                        .hasSingleBean(DemoDossiers.class));
    }

    @Test
    void withoutProfileDemoNoDemoBeanExistsEvenWithDemoDataSwitchedOn() {
        context.run(c -> assertThat(c)
                .hasNotFailed()
                .doesNotHaveBean(DemoInburgeraars.class)
                .doesNotHaveBean(DemoToewijzingen.class)
                .doesNotHaveBean(DemoDossiers.class));
        context.withInitializer(c -> c.getEnvironment().setActiveProfiles("productie"))
                .run(c -> assertThat(c)
                        .hasNotFailed()
                        .doesNotHaveBean(DemoInburgeraars.class)
                        .doesNotHaveBean(DemoToewijzingen.class)
                        .doesNotHaveBean(DemoDossiers.class));
    }

    @Test
    void withProfileDemoButDemoDataSwitchedOffNoLoaderExists() {
        context.withInitializer(c -> c.getEnvironment().setActiveProfiles("demo"))
                .withPropertyValues("openinburgering.demo.gegevens=false")
                .run(c -> assertThat(c)
                        .hasNotFailed()
                        .doesNotHaveBean(DemoInburgeraars.class)
                        .doesNotHaveBean(DemoToewijzingen.class)
                        .doesNotHaveBean(DemoDossiers.class));
    }

    @Test
    void noOtherModuleDependsOnTheDemoModule() {
        ApplicationModules modules = ApplicationModules.of(OpenInburgeringApplication.class);
        ApplicationModule demo = modules.getModuleByName("demo").orElseThrow();

        assertThat(modules.stream()
                        .filter(module -> !module.equals(demo))
                        .filter(module -> module.getDirectDependencies(modules).contains(demo))
                        .map(ApplicationModule::getDisplayName))
                .isEmpty();
    }
}
