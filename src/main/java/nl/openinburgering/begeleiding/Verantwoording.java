package nl.openinburgering.begeleiding;

import java.util.List;
import java.util.Optional;

/** The accountability of one partner for one year, per quarter, against the year's subsidy (if set). */
public record Verantwoording(Partner partner, int jaar, Optional<Subsidie> subsidie, List<Kwartaalcijfers> kwartalen) {}
