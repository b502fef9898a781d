package nl.databiobank.lims.consent.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.databiobank.lims.consent.entity.ConsentForm;
import nl.databiobank.lims.consent.entity.ConsentItem;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The sheet to fill in for an import of consents on one form version: the header row the import
 * expects, one example row, and a second sheet that says what each item code means (the import
 * reads only the first sheet).
 */
public final class ConsentImportTemplate {

    /** No real pseudonym has this shape, so an example row left in by mistake is refused, not imported. */
    public static final String EXAMPLE_PSEUDONYM = "P-EXAMPLE";

    private ConsentImportTemplate() {
    }

    public static List<String> header(ConsentForm form) {
        List<String> columns = new ArrayList<>(List.of(ConsentRow.PSEUDONYM, ConsentRow.FORM, ConsentRow.VERSION,
                ConsentRow.SIGNED_ON, ConsentRow.WITNESS));
        form.getItems().forEach(item -> columns.add(item.getCode()));
        return columns;
    }

    public static byte[] of(ConsentForm form, LocalDate exampleDay) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            writeConsents(workbook, form, exampleDay);
            writeItems(workbook, form);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the consent import template", e);
        }
    }

    private static void writeConsents(XSSFWorkbook workbook, ConsentForm form, LocalDate exampleDay) {
        Sheet sheet = workbook.createSheet("consents");
        List<String> columns = header(form);
        Row header = sheet.createRow(0);
        CellStyle bold = bold(workbook);
        for (int i = 0; i < columns.size(); i++) {
            header.createCell(i).setCellValue(columns.get(i));
            header.getCell(i).setCellStyle(bold);
        }
        Row example = sheet.createRow(1);
        example.createCell(0).setCellValue(EXAMPLE_PSEUDONYM);
        example.createCell(1).setCellValue(form.getCode());
        example.createCell(2).setCellValue(form.getFormVersion());
        example.createCell(3).setCellValue(exampleDay);
        example.getCell(3).setCellStyle(isoDate(workbook));
        example.createCell(4).setCellValue(form.isWitnessRequired() ? "Name of the witness" : "");
        for (int i = 5; i < columns.size(); i++) {
            example.createCell(i).setCellValue("yes");
        }
        sheet.createFreezePane(0, 1);
        for (int i = 0; i < columns.size(); i++) {
            sheet.setColumnWidth(i, Math.max(12, columns.get(i).length() + 2) * 256);
        }
    }

    private static void writeItems(XSSFWorkbook workbook, ConsentForm form) {
        Sheet sheet = workbook.createSheet("items");
        Row header = sheet.createRow(0);
        CellStyle bold = bold(workbook);
        String[] titles = {"item", "English", "Nederlands"};
        for (int i = 0; i < titles.length; i++) {
            header.createCell(i).setCellValue(titles[i]);
            header.getCell(i).setCellStyle(bold);
        }
        int rowIndex = 1;
        for (ConsentItem item : form.getItems()) {
            Row row = sheet.createRow(rowIndex++);
            row.createCell(0).setCellValue(item.getCode());
            row.createCell(1).setCellValue(item.getTextEn());
            row.createCell(2).setCellValue(item.getTextNl());
        }
        sheet.setColumnWidth(0, 24 * 256);
        sheet.setColumnWidth(1, 80 * 256);
        sheet.setColumnWidth(2, 80 * 256);
    }

    private static CellStyle bold(XSSFWorkbook workbook) {
        Font font = workbook.createFont();
        font.setBold(true);
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        return style;
    }

    private static CellStyle isoDate(XSSFWorkbook workbook) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        return style;
    }
}
