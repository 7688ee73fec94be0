/**
 * The leerroute as it is lived: the inburgeringsaanbod of an asielstatushouder (R4.8), exam results and
 * progress reports from the providers (R4.1), the hours against the targets, and the completion of the
 * Z-route with its certificate (R4.4, R4.5). Its API is {@link nl.openinburgering.leerroute.ResultatenBeheer},
 * {@link nl.openinburgering.leerroute.InburgeringsaanbodBeheer} and {@link nl.openinburgering.leerroute.ZrouteBeheer}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Leerroute",
        allowedDependencies = {"shared", "platform", "platform :: web", "inburgeraar", "aanbieder", "pip", "begeleiding"
        })
@org.jspecify.annotations.NullMarked
package nl.openinburgering.leerroute;
