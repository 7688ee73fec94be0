/**
 * Providers (aanbieders) of language, MAP, PVT and participation, their keurmerk and contracts (R4.8, D8), the
 * enrolments of people at a provider (deelnames), and the hours and attendance providers report (R4.7, R2.10).
 * Provider accounts see only their own participants (docs/adr/0005). Its API is {@link
 * nl.openinburgering.aanbieder.AanbiederRegister} (providers), {@link nl.openinburgering.aanbieder.DeelnameBeheer}
 * (enrolments), {@link nl.openinburgering.aanbieder.UrenRegistratie} (hour lines) and {@link
 * nl.openinburgering.aanbieder.UrenOverzicht} (totals and attendance).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Aanbieders",
        allowedDependencies = {"shared", "platform", "platform :: web", "inburgeraar"})
@org.jspecify.annotations.NullMarked
package nl.openinburgering.aanbieder;
