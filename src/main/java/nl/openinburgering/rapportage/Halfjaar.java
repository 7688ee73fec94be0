package nl.openinburgering.rapportage;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.openinburgering.shared.OngeldigeInvoer;
import nl.openinburgering.shared.Veldfout;

/**
 * D10: a half year of the report to the raad, from 1 January or 1 July; {@link #tot()} is the first day after it
 * (ADR 0010: end dates exclusive). Validates itself; written as {@code 2026-1} in URLs and files.
 */
public record Halfjaar(int jaar, int helft) implements Comparable<Halfjaar> {

    private static final Pattern VORM = Pattern.compile("(\\d{4})-([12])");

    public Halfjaar {
        if (jaar < 2000 || jaar > 2100 || (helft != 1 && helft != 2)) {
            throw new OngeldigeInvoer(new Veldfout(
                    "periode",
                    "periode.ongeldig",
                    "Kies een halfjaar: een jaar tussen 2000 en 2100, eerste of tweede helft."));
        }
    }

    /** {@code 2026-1} or {@code 2026-2}; anything else is a finding on the field {@code periode}. */
    public static Halfjaar van(String tekst) {
        Matcher m = VORM.matcher(tekst.strip());
        if (!m.matches()) {
            throw new OngeldigeInvoer(new Veldfout(
                    "periode", "periode.ongeldig", "Schrijf het halfjaar als jaar-helft, bijvoorbeeld 2026-1."));
        }
        return new Halfjaar(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    /** The half year the date lies in. */
    public static Halfjaar met(LocalDate datum) {
        return new Halfjaar(datum.getYear(), datum.getMonthValue() <= 6 ? 1 : 2);
    }

    public LocalDate vanaf() {
        return LocalDate.of(jaar, helft == 1 ? 1 : 7, 1);
    }

    public LocalDate tot() {
        return vanaf().plusMonths(6);
    }

    public Halfjaar vorige() {
        return helft == 2 ? new Halfjaar(jaar, 1) : new Halfjaar(jaar - 1, 2);
    }

    public Halfjaar volgende() {
        return helft == 1 ? new Halfjaar(jaar, 2) : new Halfjaar(jaar + 1, 1);
    }

    /** The two quarters of this half year (1 and 2, or 3 and 4). */
    public int eersteKwartaal() {
        return helft == 1 ? 1 : 3;
    }

    public String code() {
        return jaar + "-" + helft;
    }

    /** {@code 1e helft 2026} (Dutch, for tables and files). */
    public String naam() {
        return helft + "e helft " + jaar;
    }

    @Override
    public int compareTo(Halfjaar ander) {
        return jaar != ander.jaar ? Integer.compare(jaar, ander.jaar) : Integer.compare(helft, ander.helft);
    }
}
