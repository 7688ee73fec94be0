package nl.openinburgering.pip;

import nl.openinburgering.intake.Gesprekssoort;
import nl.openinburgering.intake.Intakedossier;
import nl.openinburgering.intake.Leerbaarheidstoets;

/**
 * R2.1, R2.4 and R1.10: what the brede intake shows when a PIP is fixed: whether an intakegesprek was held, and
 * whether the leerbaarheidstoets has a result registered (any of DUO's values) or the gemeente exempted the person
 * from it.
 */
record Intakestand(boolean gesprekGehouden, boolean toetsOfOntheffing) {

    /** A held intake with a test result: what a PIP needs in the normal case. */
    static final Intakestand GEHOUDEN = new Intakestand(true, true);

    static Intakestand uit(Intakedossier intake) {
        Leerbaarheidstoets lbt = intake.leerbaarheidstoets();
        return new Intakestand(
                intake.gesprekken().stream().anyMatch(gesprek -> gesprek.soort() == Gesprekssoort.INTAKEGESPREK),
                lbt.resultaat() != null || lbt.vrijgesteld());
    }
}
