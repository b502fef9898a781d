package nl.databiobank.lims.study.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nl.databiobank.lims.study.boundary.Manifest;
import nl.databiobank.lims.study.boundary.ManifestRow;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The manifest as an .xlsx: the header lines, an empty row, then the table with a row per sample.
 * Numbers and days are real numbers and dates, so the recipient can sort and compute; streamed, so a
 * request of thousands of samples does not hold the whole sheet in memory.
 */
public final class ManifestSheet {

    public static final String SHEET_NAME = "Manifest";
    private static final int ROWS_IN_MEMORY = 200;
    // Excel's column width unit is 1/256 of a character; a little more than the text keeps it readable
    private static final int CHAR_WIDTH = 256;
    private static final int MAX_CHARS = 60;

    private ManifestSheet() {
    }

    public static byte[] write(Manifest manifest) {
        SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(workbook);
            SXSSFSheet sheet = workbook.createSheet(SHEET_NAME);
            List<ManifestColumn> columns = ManifestColumn.of(manifest);
            int[] widths = new int[Math.max(columns.size(), 2)];

            Row title = sheet.createRow(0);
            text(title, 0, ManifestHeaderLines.TITLE, styles.title, widths, false);
            int r = 1;
            for (ManifestHeaderLines.Line line : ManifestHeaderLines.of(manifest)) {
                Row row = sheet.createRow(r++);
                text(row, 0, line.label(), styles.bold, widths, true);
                // the values are long and would widen the table's second column: they may run over
                text(row, 1, line.value(), null, widths, false);
            }
            int headerRow = r + 1;
            Row header = sheet.createRow(headerRow);
            for (int c = 0; c < columns.size(); c++) {
                text(header, c, columns.get(c).header(), styles.header, widths, true);
            }
            int next = headerRow + 1;
            for (ManifestRow sample : manifest.rows()) {
                Row row = sheet.createRow(next++);
                for (int c = 0; c < columns.size(); c++) {
                    value(row, c, columns.get(c), sample, styles, widths);
                }
            }
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, Math.min(MAX_CHARS, widths[c] + 2) * CHAR_WIDTH);
            }
            sheet.createFreezePane(0, headerRow + 1);
            sheet.setAutoFilter(new CellRangeAddress(headerRow, Math.max(headerRow, next - 1), 0, columns.size() - 1));
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the manifest sheet", e);
        } finally {
            workbook.dispose();
            try {
                workbook.close();
            } catch (IOException ignored) {
                // the bytes are written; a temporary file that would not close is not the caller's problem
            }
        }
    }

    private static void value(Row row, int c, ManifestColumn column, ManifestRow sample, Styles styles, int[] widths) {
        Object value = column.value().apply(sample);
        if (value == null) {
            return; // blank where there is nothing, never "null" or 0
        }
        Cell cell = row.createCell(c);
        switch (column.kind()) {
            case SCORE -> {
                cell.setCellValue(((BigDecimal) value).doubleValue());
                cell.setCellStyle(styles.score);
            }
            case QUANTITY -> cell.setCellValue(((BigDecimal) value).doubleValue());
            case WHOLE -> cell.setCellValue(((Number) value).doubleValue());
            case DATE -> {
                cell.setCellValue((LocalDate) value);
                cell.setCellStyle(styles.date);
            }
            case TEXT -> cell.setCellValue(value.toString());
        }
        widths[c] = Math.max(widths[c], column.text(sample).length());
    }

    private static void text(Row row, int c, String text, CellStyle style, int[] widths, boolean counts) {
        Cell cell = row.createCell(c);
        cell.setCellValue(text);
        if (style != null) {
            cell.setCellStyle(style);
        }
        if (counts) {
            widths[c] = Math.max(widths[c], text.length());
        }
    }

    private static final class Styles {
        final CellStyle title;
        final CellStyle bold;
        final CellStyle header;
        final CellStyle score;
        final CellStyle date;

        Styles(SXSSFWorkbook workbook) {
            Font big = workbook.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            title = workbook.createCellStyle();
            title.setFont(big);
            Font strong = workbook.createFont();
            strong.setBold(true);
            bold = workbook.createCellStyle();
            bold.setFont(strong);
            header = workbook.createCellStyle();
            header.setFont(strong);
            header.setFillForegroundColor(org.apache.poi.ss.usermodel.IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(org.apache.poi.ss.usermodel.FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(org.apache.poi.ss.usermodel.BorderStyle.THIN);
            score = workbook.createCellStyle();
            score.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
            date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        }
    }
}
