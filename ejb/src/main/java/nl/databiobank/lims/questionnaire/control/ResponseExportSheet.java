package nl.databiobank.lims.questionnaire.control;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The export of responses as an .xlsx written with POI's streaming workbook: only the last rows are
 * kept in memory, earlier ones go to a temporary file, so 250 000 participants × 13 time points fit in
 * a small heap. One row per answered time point; the columns are fixed, then one per item, then one per
 * scale, a missing answer or score an empty cell.
 */
public final class ResponseExportSheet implements AutoCloseable {

    public static final List<String> FIXED = List.of("pseudonym", "cohort", "hospital", "time point", "target date",
            "completed on", "questionnaire version");
    private static final int ROWS_IN_MEMORY = 200;
    // Excel's own limit; beyond it a second sheet continues with the same header
    private static final int MAX_ROWS_PER_SHEET = 1_048_575;

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
    private final List<Integer> items;
    private final List<String> scales;
    private final CellStyle bold;
    private final CellStyle isoDate;
    private SXSSFSheet sheet;
    private int nextRow;
    private int rowCount;

    /** @param items the item numbers, @param scales the scale codes, each in column order */
    public ResponseExportSheet(List<Integer> items, List<String> scales) {
        this.items = List.copyOf(items);
        this.scales = List.copyOf(scales);
        Font font = workbook.createFont();
        font.setBold(true);
        bold = workbook.createCellStyle();
        bold.setFont(font);
        isoDate = workbook.createCellStyle();
        isoDate.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        newSheet();
    }

    public List<String> header() {
        List<String> columns = new ArrayList<>(FIXED);
        items.forEach(item -> columns.add(ResponseColumns.itemColumn(item)));
        columns.addAll(scales);
        return columns;
    }

    public void add(ResponseExportRow response) {
        if (nextRow > MAX_ROWS_PER_SHEET) {
            newSheet();
        }
        Row row = sheet.createRow(nextRow++);
        int column = 0;
        text(row, column++, response.pseudonym());
        text(row, column++, response.cohort());
        text(row, column++, response.hospital());
        text(row, column++, response.pointCode());
        date(row, column++, response.targetDate());
        date(row, column++, response.completedOn());
        text(row, column++, response.questionnaireVersion());
        for (Integer item : items) {
            Integer answer = response.answers().get(item);
            if (answer != null) {
                row.createCell(column).setCellValue(answer);
            }
            column++;
        }
        for (String scale : scales) {
            BigDecimal score = response.scores().get(scale);
            if (score != null) {
                row.createCell(column).setCellValue(score.doubleValue());
            }
            column++;
        }
        rowCount++;
    }

    public int rowCount() {
        return rowCount;
    }

    public void writeTo(OutputStream out) {
        try {
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the response export", e);
        }
    }

    /** Deletes the temporary files of the streaming workbook. */
    @Override
    public void close() {
        try {
            workbook.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            workbook.dispose();
        }
    }

    private void newSheet() {
        sheet = workbook.createSheet(workbook.getNumberOfSheets() == 0 ? "responses"
                : "responses " + (workbook.getNumberOfSheets() + 1));
        List<String> columns = header();
        Row header = sheet.createRow(0);
        for (int i = 0; i < columns.size(); i++) {
            Cell cell = header.createCell(i);
            cell.setCellValue(columns.get(i));
            cell.setCellStyle(bold);
        }
        sheet.createFreezePane(1, 1);
        nextRow = 1;
    }

    private static void text(Row row, int column, String value) {
        if (value != null) {
            row.createCell(column).setCellValue(value);
        }
    }

    private void date(Row row, int column, LocalDate value) {
        if (value != null) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value);
            cell.setCellStyle(isoDate);
        }
    }
}
