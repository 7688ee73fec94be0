/**
 * The participatieverklaringstraject (PVT, R5.x): the gemeente's programme (D2), the planning of group
 * meetings (groups, sessions, invitations, attendance for a whole group in one action; also used for the
 * MAP theme sessions), and the ondertekening of the participatieverklaring with its certificate. Its API is
 * {@link nl.openinburgering.pvt.PvtBeheer} and {@link nl.openinburgering.pvt.Groepsplanning}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "PVT en groepsbijeenkomsten",
        allowedDependencies = {"shared", "platform", "platform :: web", "inburgeraar", "aanbieder", "leerroute"})
@org.jspecify.annotations.NullMarked
package nl.openinburgering.pvt;
