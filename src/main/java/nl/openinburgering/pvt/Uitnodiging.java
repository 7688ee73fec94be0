package nl.openinburgering.pvt;

import java.time.LocalDate;
import java.util.List;

import nl.openinburgering.inburgeraar.Geadresseerde;

/** The content of the invitation letter to one member of a group: to whom, for which group, which sessions. */
public record Uitnodiging(Geadresseerde geadresseerde, Groep groep, LocalDate datum, List<Bijeenkomst> bijeenkomsten) {}
