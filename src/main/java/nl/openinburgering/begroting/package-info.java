/**
 * The SPUK budget of a gemeente (D6): the rekentool that estimates the specific payment (SPUK) per year from the
 * prognosis of the huisvestingstaakstelling and the gezins- and overige migranten, in the shape of figure 1.1 of
 * the gemeente's plan; the definitive settlement against the real number of inburgeringsplichtigen; and the budget
 * realisation per component (leerroutes per contract and route, PVT, MAP, begeleiding, ontzorgen, tolken) against
 * the SPUK and the uitvoeringsbudget, read from the modules that own the costs. Aggregates only: no person. Its API
 * is {@link nl.openinburgering.begroting.BegrotingBeheer}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Begroting (SPUK)",
        allowedDependencies = {
            "shared",
            "platform",
            "platform :: web",
            "inburgeraar",
            "aanbieder",
            "pip",
            "map",
            "begeleiding",
            "ontzorging",
            "rapportage"
        })
@org.jspecify.annotations.NullMarked
package nl.openinburgering.begroting;
