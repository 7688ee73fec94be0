package nl.openinburgering.ontzorging;

import java.time.LocalDate;
import java.util.UUID;

import nl.openinburgering.shared.Gemeentecode;

/**
 * R7.4: the person refused to sign the machtiging; the gemeente may answer with afstemming of the bijstand under
 * art. 18 Participatiewet. Published for the handhaving module; the worklist signals it meanwhile. Ids only.
 */
public record MachtigingGeweigerd(UUID inburgeraarId, Gemeentecode gemeente, LocalDate datum) {}
