package nl.openinburgering.inburgeraar;

import java.util.UUID;

import nl.openinburgering.shared.Gemeentecode;

/** R1.7 and R1.9: a vrijstelling or ontheffing was recorded for a person. */
public record VrijstellingVastgelegd(UUID inburgeraarId, Gemeentecode gemeente, Vrijstelling vrijstelling) {}
