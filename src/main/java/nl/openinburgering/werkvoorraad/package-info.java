/**
 * Werkvoorraad: the deadline signals of every person (computed from the other modules' data on every request,
 * never stored), the worklists of consulent and team, the responsible consulent of each person with the
 * history of reassignments, the voortgangsgesprekken held, and the team dashboard. Its API is
 * {@link nl.openinburgering.werkvoorraad.WerkvoorraadBeheer} and {@link nl.openinburgering.werkvoorraad.ToewijzingBeheer};
 * a module adds its own signals by adding one {@link nl.openinburgering.werkvoorraad.Signaalbron}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Werkvoorraad",
        allowedDependencies = {
            "shared",
            "platform",
            "platform :: web",
            "inburgeraar",
            "aanbieder",
            "intake",
            "leerroute",
            "map",
            "pip",
            "pvt",
            "ontzorging",
            "begeleiding",
            "handhaving"
        })
@org.jspecify.annotations.NullMarked
package nl.openinburgering.werkvoorraad;
