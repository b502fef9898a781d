package nl.databiobank.lims.questionnaire.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The sheet to fill in for an import of responses to one questionnaire: the header row the import
 * expects, one example row, and a second sheet that explains each column and the answers it takes,
 * in English and Dutch (the import reads only the first sheet).
 */
public final class ResponseImportTemplate {

    /** No real pseudonym has this shape, so an example row left in by mistake is refused, not imported. */
    public static final String EXAMPLE_PSEUDONYM = "P-EXAMPLE";
    public static final String EXAMPLE_TIME_POINT = "T0";

    private ResponseImportTemplate() {
    }

    public static List<String> header(ScoringDefinition definition) {
        List<String> columns = new ArrayList<>(ResponseColumns.FIXED);
        definition.items().forEach(item -> columns.add(ResponseColumns.itemColumn(item.number())));
        return columns;
    }

    /** @param labels the short neutral label of each item, by number (no questionnaire wording) */
    public static byte[] of(ScoringDefinition definition, Map<Integer, String> labels, LocalDate exampleDay) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            writeResponses(workbook, definition, exampleDay);
            writeColumns(workbook, definition, labels);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the response import template", e);
        }
    }

    private static void writeResponses(XSSFWorkbook workbook, ScoringDefinition definition, LocalDate exampleDay) {
        Sheet sheet = workbook.createSheet("responses");
        List<String> columns = header(definition);
        writeHeader(workbook, sheet, columns);
        Row example = sheet.createRow(1);
        example.createCell(0).setCellValue(EXAMPLE_PSEUDONYM);
        example.createCell(1).setCellValue(definition.code());
        example.createCell(2).setCellValue(EXAMPLE_TIME_POINT);
        example.createCell(3).setCellValue(exampleDay);
        CellStyle isoDate = workbook.createCellStyle();
        isoDate.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        example.getCell(3).setCellStyle(isoDate);
        int column = ResponseColumns.FIXED.size();
        for (ItemRange item : definition.items()) {
            example.createCell(column++).setCellValue(item.min());
        }
        sheet.createFreezePane(ResponseColumns.FIXED.size(), 1);
        for (int i = 0; i < columns.size(); i++) {
            sheet.setColumnWidth(i, (i < ResponseColumns.FIXED.size() ? 16 : 6) * 256);
        }
    }

    private static void writeColumns(XSSFWorkbook workbook, ScoringDefinition definition, Map<Integer, String> labels) {
        Sheet sheet = workbook.createSheet("columns - kolommen");
        writeHeader(workbook, sheet, List.of("column", "English", "Nederlands", "answers / antwoorden"));
        String code = definition.code();
        String[][] fixed = {
            {ResponseColumns.PSEUDONYM, "The participant's pseudonym, as the LIMS shows it (e.g. P000123X).",
                "Het pseudoniem van de deelnemer, zoals het LIMS het toont (bijv. P000123X).", ""},
            {ResponseColumns.QUESTIONNAIRE, "The questionnaire code; this sheet is for " + code + ".",
                "De code van de vragenlijst; dit blad is voor " + code + ".", code},
            {ResponseColumns.TIME_POINT, "The time point of the participant's schedule the answers are for"
                + " (T0, M3, M6, M12, M24, Y3 … Y10). A time point takes one row, and only while it has no answers.",
                "Het meetmoment in het schema van de deelnemer waar de antwoorden bij horen (T0, M3, M6, M12, M24,"
                + " Y3 … Y10). Eén rij per meetmoment, en alleen zolang het nog geen antwoorden heeft.", ""},
            {ResponseColumns.COMPLETED_ON, "The day the participant filled in the form: a date cell or a date"
                + " written as 2026-11-24; from the opening of the time point's window to today.",
                "De dag waarop de deelnemer de vragenlijst invulde: een datumcel of een datum geschreven als"
                + " 2026-11-24; vanaf het openen van het venster van het meetmoment tot vandaag.", ""},
        };
        int rowIndex = 1;
        for (String[] line : fixed) {
            Row row = sheet.createRow(rowIndex++);
            for (int i = 0; i < line.length; i++) {
                row.createCell(i).setCellValue(line[i]);
            }
        }
        for (ItemRange item : definition.items()) {
            Row row = sheet.createRow(rowIndex++);
            String label = labels.getOrDefault(item.number(), "");
            row.createCell(0).setCellValue(ResponseColumns.itemColumn(item.number()));
            row.createCell(1).setCellValue(label + (label.isEmpty() ? "" : ". ")
                    + "A whole number from " + item.min() + " to " + item.max() + "; leave empty when not answered.");
            row.createCell(2).setCellValue(label + (label.isEmpty() ? "" : ". ")
                    + "Een geheel getal van " + item.min() + " tot en met " + item.max()
                    + "; laat leeg als de vraag niet beantwoord is.");
            row.createCell(3).setCellValue(item.min() + "–" + item.max());
        }
        sheet.setColumnWidth(0, 16 * 256);
        sheet.setColumnWidth(1, 80 * 256);
        sheet.setColumnWidth(2, 80 * 256);
        sheet.setColumnWidth(3, 20 * 256);
    }

    private static void writeHeader(XSSFWorkbook workbook, Sheet sheet, List<String> columns) {
        Font font = workbook.createFont();
        font.setBold(true);
        CellStyle bold = workbook.createCellStyle();
        bold.setFont(font);
        Row header = sheet.createRow(0);
        for (int i = 0; i < columns.size(); i++) {
            header.createCell(i).setCellValue(columns.get(i));
            header.getCell(i).setCellStyle(bold);
        }
    }
}
