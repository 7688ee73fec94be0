package nl.openinburgering.rapportage;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * One table of a report as the page, the chart, the Excel workbook and the PDF all show it: a title, the column
 * heads and rows of numbers. One model for all four, so that they cannot differ.
 *
 * @param sleutel a short id (the sheet's name in Excel, the table's id on the page)
 * @param kolommen the heads of the value columns (the first column holds the row labels)
 */
public record Rapporttabel(String sleutel, String titel, String rijkop, List<String> kolommen, List<Rij> rijen) {

    public Rapporttabel {
        kolommen = List.copyOf(kolommen);
        rijen = List.copyOf(rijen);
    }

    /**
     * One row: its label, a value per column (null: not applicable, shown as a dash) and its kind.
     *
     * @param soorten per value: AANTAL (counts, drawn in the chart), PROCENT (one decimal) or BEDRAG (euros)
     */
    public record Rij(String label, List<@Nullable BigDecimal> waarden, List<Soort> soorten) {

        public Rij {
            waarden = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(waarden));
            soorten = List.copyOf(soorten);
            if (soorten.size() != waarden.size()) {
                throw new IllegalArgumentException("Eén soort per waarde");
            }
        }

        public Rij(String label, List<@Nullable BigDecimal> waarden, Soort soort) {
            this(label, waarden, java.util.Collections.nCopies(waarden.size(), soort));
        }

        public Soort soort(int kolom) {
            return soorten.get(kolom);
        }

        public static Rij aantal(String label, long... waarden) {
            return new Rij(
                    label,
                    java.util.Arrays.stream(waarden)
                            .mapToObj(BigDecimal::valueOf)
                            .toList(),
                    Soort.AANTAL);
        }

        /** The value of one column in Dutch notation ("1.234", "12,5 %", "€ 1.234,00"), a dash when null. */
        public String tekst(int kolom) {
            BigDecimal waarde = waarden.get(kolom);
            if (waarde == null) {
                return "—";
            }
            DecimalFormatSymbols nl = DecimalFormatSymbols.getInstance(Locale.forLanguageTag("nl-NL"));
            return switch (soorten.get(kolom)) {
                case AANTAL -> new DecimalFormat("#,##0", nl).format(waarde);
                case PROCENT -> new DecimalFormat("#,##0.0", nl).format(waarde) + " %";
                case BEDRAG -> "€ " + new DecimalFormat("#,##0.00", nl).format(waarde);
            };
        }
    }

    public enum Soort {
        AANTAL,
        PROCENT,
        BEDRAG
    }

    /** The rows of counts, the ones a bar chart draws. */
    public List<Rij> aantallen() {
        return rijen.stream().filter(r -> r.soort(0) == Soort.AANTAL).toList();
    }
}
