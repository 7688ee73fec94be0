/**
 * Maatschappelijke begeleiding (R8.x, D7): one begeleidingstraject per asielstatushouder, assigned to a partner
 * organisation of the gemeente (VluchtelingenWerk in the demo), the contact moments its begeleiders record (whose
 * hours count toward the Z-route's participation hours, R8.3), the agreed duration (R8.4) with its closing
 * summary to the consulent, and the accountability per partner per quarter against the subsidy. A begeleider
 * sees only the trajecten of their own partner and only what guidance needs. Its API is
 * {@link nl.openinburgering.begeleiding.BegeleidingBeheer} and
 * {@link nl.openinburgering.begeleiding.VerantwoordingBeheer}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Maatschappelijke begeleiding",
        allowedDependencies = {"shared", "platform", "platform :: web", "inburgeraar"})
@org.jspecify.annotations.NullMarked
package nl.openinburgering.begeleiding;
