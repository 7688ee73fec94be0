package nl.openinburgering.pvt;

import java.time.LocalDate;
import java.util.UUID;

/** A member of a group: who, and when the invitation was made. The name is for the planner's screen only. */
public record Groepslid(UUID inburgeraarId, String naam, LocalDate uitgenodigdOp) {

    @Override
    public String toString() {
        return "Groepslid[" + inburgeraarId + "]";
    }
}
