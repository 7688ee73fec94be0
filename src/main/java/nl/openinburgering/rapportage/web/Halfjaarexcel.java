package nl.openinburgering.rapportage.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import nl.openinburgering.rapportage.Rapporttabel;
import nl.openinburgering.rapportage.Rapporttabel.Rij;
import nl.openinburgering.rapportage.Rapporttabel.Soort;

/**
 * A report as an Excel workbook (Apache POI): one sheet per table, named by the table's key; row 1 the title,
 * row 3 the heads, then one row per row of the table, numbers as numbers (percentages and amounts with their
 * format), an empty cell where the page shows a dash.
 */
final class Halfjaarexcel {

    private Halfjaarexcel() {}

    static byte[] van(List<Rapporttabel> tabellen) {
        try (XSSFWorkbook werkboek = new XSSFWorkbook();
                ByteArrayOutputStream uit = new ByteArrayOutputStream()) {
            CellStyle vet = werkboek.createCellStyle();
            Font font = werkboek.createFont();
            font.setBold(true);
            vet.setFont(font);
            CellStyle procent = werkboek.createCellStyle();
            procent.setDataFormat(werkboek.createDataFormat().getFormat("0.0"));
            CellStyle bedrag = werkboek.createCellStyle();
            bedrag.setDataFormat(werkboek.createDataFormat().getFormat("#,##0.00"));
            for (Rapporttabel tabel : tabellen) {
                Sheet blad = werkboek.createSheet(tabel.sleutel());
                Cell titel = blad.createRow(0).createCell(0);
                titel.setCellValue(tabel.titel());
                titel.setCellStyle(vet);
                Row kop = blad.createRow(2);
                kop.createCell(0).setCellValue(tabel.rijkop());
                for (int k = 0; k < tabel.kolommen().size(); k++) {
                    Cell cel = kop.createCell(k + 1);
                    cel.setCellValue(tabel.kolommen().get(k));
                    cel.setCellStyle(vet);
                }
                for (int r = 0; r < tabel.rijen().size(); r++) {
                    Rij rij = tabel.rijen().get(r);
                    Row regel = blad.createRow(r + 3);
                    regel.createCell(0).setCellValue(rij.label());
                    for (int k = 0; k < rij.waarden().size(); k++) {
                        BigDecimal waarde = rij.waarden().get(k);
                        Cell cel = regel.createCell(k + 1);
                        if (waarde != null) {
                            cel.setCellValue(waarde.doubleValue());
                            if (rij.soort(k) == Soort.PROCENT) {
                                cel.setCellStyle(procent);
                            } else if (rij.soort(k) == Soort.BEDRAG) {
                                cel.setCellStyle(bedrag);
                            }
                        }
                    }
                }
                blad.setColumnWidth(0, 40 * 256);
                for (int k = 1; k <= tabel.kolommen().size(); k++) {
                    blad.setColumnWidth(k, 20 * 256);
                }
            }
            werkboek.write(uit);
            return uit.toByteArray();
        } catch (IOException fout) {
            throw new UncheckedIOException(fout);
        }
    }
}
