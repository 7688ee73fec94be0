package nl.openinburgering.inburgeraar;

import java.util.UUID;

import nl.openinburgering.shared.Gemeentecode;

/** R1.11: a closed file was reopened; its signals and worklist lines come back. */
public record DossierHeropend(UUID inburgeraarId, Gemeentecode gemeente) {}
