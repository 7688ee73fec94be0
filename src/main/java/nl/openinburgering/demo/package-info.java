/**
 * Demo: everything that fills a database for trying the system out, and nothing a production installation
 * runs. It loads fictitious inburgeraars for Dalfsen, Staphorst and Zwartewaterland ({@code DemoInburgeraars}),
 * gives them a consulent ({@code DemoToewijzingen}), a living file ({@code DemoDossiers}, in Dalfsen with
 * handhavingszaken for absence without leave, {@code DemoHandhaving}) and in Dalfsen
 * maatschappelijke begeleiding ({@code DemoBegeleiding}) and financieel ontzorgen ({@code DemoOntzorging}),
 * only through the other modules' public facades (and the DUO simulator's register of known persons, {@code duo ::
 * simulator}, so the simulated DUO knows the demo people whose PIPs it receives); and it owns the Flyway location {@code classpath:db/demo}
 * (gemeenten, providers, demo accounts), which only {@code application-demo.yml} adds. Every bean here needs
 * profile {@code demo}; no other module depends on this one (ADR 0009). It has no API.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Demo",
        allowedDependencies = {
            "shared",
            "platform",
            "inburgeraar",
            "intake",
            "aanbieder",
            "pip",
            "leerroute",
            "pvt",
            "portaal",
            "map",
            "werkvoorraad",
            "ontzorging",
            "begeleiding",
            "handhaving",
            "duo :: simulator"
        })
@org.jspecify.annotations.NullMarked
package nl.openinburgering.demo;
