package nl.databiobank.lims.questionnaire.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class ResponseExportSheetTest {

    @Test
    void aRowPerResponseWithDatesAnswersAndScoresAndEmptyCellsWhereMissing() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ResponseExportSheet sheet = new ResponseExportSheet(List.of(1, 2, 29), List.of("QL2", "PF2", "SUM"))) {
            sheet.add(new ResponseExportRow("P000123X", "Colorectal", "MCL", "M3", LocalDate.of(2026, 6, 1),
                    LocalDate.of(2026, 5, 28), "3.0", Map.of(1, 2, 29, 6), Map.of("QL2", new BigDecimal("66.67"))));
            assertEquals(1, sheet.rowCount());
            sheet.writeTo(out);
        }

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            List<String> header = new ArrayList<>();
            workbook.getSheetAt(0).getRow(0).forEach(cell -> header.add(cell.getStringCellValue()));
            assertEquals(List.of("pseudonym", "cohort", "hospital", "time point", "target date", "completed on",
                    "questionnaire version", "q1", "q2", "q29", "QL2", "PF2", "SUM"), header);
            Row row = workbook.getSheetAt(0).getRow(1);
            assertEquals("P000123X", row.getCell(0).getStringCellValue());
            assertEquals(true, DateUtil.isCellDateFormatted(row.getCell(4)));
            assertEquals(LocalDate.of(2026, 5, 28), row.getCell(5).getLocalDateTimeCellValue().toLocalDate());
            assertEquals(2, row.getCell(7).getNumericCellValue());
            assertNull(row.getCell(8), "item 2 unanswered");
            assertEquals(6, row.getCell(9).getNumericCellValue());
            assertEquals(66.67, row.getCell(10).getNumericCellValue(), 1e-9);
            assertNull(row.getCell(11), "PF2 missing");
        }
    }
}
