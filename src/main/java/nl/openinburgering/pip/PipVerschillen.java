package nl.openinburgering.pip;

import java.util.List;

/** Two versions of a person's PIP, the older one first, and the fields in which they differ. */
public record PipVerschillen(Pip oud, Pip nieuw, List<PipVerschil> verschillen) {}
