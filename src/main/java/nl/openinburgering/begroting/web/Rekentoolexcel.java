package nl.openinburgering.begroting.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The rekentool's output table as an Excel workbook (one sheet; amounts as numbers in euros, "nvt" as text). */
final class Rekentoolexcel {

    private Rekentoolexcel() {}

    static byte[] van(Rekentooltabel tabel) {
        try (XSSFWorkbook werkboek = new XSSFWorkbook();
                ByteArrayOutputStream uit = new ByteArrayOutputStream()) {
            Sheet blad = werkboek.createSheet("SPUK-uitkering");
            CellStyle vet = werkboek.createCellStyle();
            Font font = werkboek.createFont();
            font.setBold(true);
            vet.setFont(font);
            CellStyle bedrag = werkboek.createCellStyle();
            bedrag.setDataFormat(werkboek.createDataFormat().getFormat("#,##0.00"));
            Row kop = blad.createRow(0);
            Cell hoek = kop.createCell(0);
            hoek.setCellValue("Uitkering in:");
            hoek.setCellStyle(vet);
            for (int i = 0; i < tabel.kop().size(); i++) {
                Cell cel = kop.createCell(i + 1);
                cel.setCellValue(tabel.kop().get(i));
                cel.setCellStyle(vet);
            }
            for (int r = 0; r < tabel.rijen().size(); r++) {
                Rekentooltabel.Rij rij = tabel.rijen().get(r);
                Row regel = blad.createRow(r + 1);
                regel.createCell(0).setCellValue(rij.label());
                for (int i = 0; i < rij.centen().size(); i++) {
                    Optional<Long> centen = rij.centen().get(i);
                    Cell cel = regel.createCell(i + 1);
                    if (centen.isPresent()) {
                        cel.setCellValue(centen.get() / 100.0);
                        cel.setCellStyle(bedrag);
                    } else {
                        cel.setCellValue("nvt");
                    }
                }
            }
            blad.setColumnWidth(0, 60 * 256);
            werkboek.write(uit);
            return uit.toByteArray();
        } catch (IOException fout) {
            throw new UncheckedIOException(fout);
        }
    }
}
