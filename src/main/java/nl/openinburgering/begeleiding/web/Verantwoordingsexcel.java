package nl.openinburgering.begeleiding.web;

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

/** The accountability table as an Excel workbook (one sheet, numbers as numbers), written with Apache POI. */
final class Verantwoordingsexcel {

    private Verantwoordingsexcel() {}

    static byte[] van(Verantwoordingstabel tabel, String bladnaam) {
        try (XSSFWorkbook werkboek = new XSSFWorkbook();
                ByteArrayOutputStream uit = new ByteArrayOutputStream()) {
            Sheet blad = werkboek.createSheet(bladnaam);
            CellStyle vet = werkboek.createCellStyle();
            Font font = werkboek.createFont();
            font.setBold(true);
            vet.setFont(font);
            CellStyle bedrag = werkboek.createCellStyle();
            bedrag.setDataFormat(werkboek.createDataFormat().getFormat("0.00"));
            Row kop = blad.createRow(0);
            for (int i = 0; i < tabel.kop().size(); i++) {
                Cell cel = kop.createCell(i);
                cel.setCellValue(tabel.kop().get(i));
                cel.setCellStyle(vet);
            }
            List<List<Object>> rijen = tabel.rijen();
            for (int r = 0; r < rijen.size(); r++) {
                Row rij = blad.createRow(r + 1);
                for (int i = 0; i < rijen.get(r).size(); i++) {
                    Object waarde = rijen.get(r).get(i);
                    Cell cel = rij.createCell(i);
                    if (waarde instanceof BigDecimal getal) {
                        cel.setCellValue(getal.doubleValue());
                        cel.setCellStyle(bedrag);
                    } else if (waarde instanceof Number getal) {
                        cel.setCellValue(getal.doubleValue());
                    } else {
                        cel.setCellValue(String.valueOf(waarde));
                    }
                }
            }
            werkboek.write(uit);
            return uit.toByteArray();
        } catch (IOException fout) {
            throw new UncheckedIOException(fout);
        }
    }
}
