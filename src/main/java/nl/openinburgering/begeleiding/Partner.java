package nl.openinburgering.begeleiding;

import java.util.UUID;

/** A partner organisation of the gemeente that guides statushouders (VluchtelingenWerk, Humanitas). */
public record Partner(UUID id, String naam) {}
