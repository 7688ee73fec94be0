package nl.openinburgering.rapportage;

import java.util.Optional;

/**
 * D10: the extension point through which the module that owns the budget (begroting, D6) adds its realisation to
 * the half-year report to the raad, so that rapportage does not depend on it (as {@code platform.web.Startblok}
 * does for the start page). The table goes to the page, the Excel workbook and the PDF alike.
 */
public interface Halfjaarbudget {

    /**
     * The budget realisation of the half year beside the previous one; empty when the current user may not read the
     * budget.
     */
    Optional<Rapporttabel> tabel(Halfjaar periode, Halfjaar vorige);
}
