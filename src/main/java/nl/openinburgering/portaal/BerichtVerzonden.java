package nl.openinburgering.portaal;

import java.util.UUID;

import nl.openinburgering.shared.Gemeentecode;

/** A message was sent in the portal, by the person or by the gemeente. Carries ids only, no text. */
public record BerichtVerzonden(UUID berichtId, Gemeentecode gemeente, UUID inburgeraarId, Richting richting) {}
