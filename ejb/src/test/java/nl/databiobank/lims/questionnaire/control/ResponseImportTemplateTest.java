package nl.databiobank.lims.questionnaire.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.databiobank.lims.platform.control.XlsxSheetReaderTest;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class ResponseImportTemplateTest {

    @Test
    void theTemplateReadsBackAsItsHeaderAndAnExampleRowThatParses() {
        XlsxSheetReaderTest.Collected sheet = XlsxSheetReaderTest.read(
                ResponseImportTemplate.of(Qlqc30.definition(), Map.of(1, "Q1 — physical"), LocalDate.of(2026, 11, 24)));

        assertEquals(ResponseImportTemplate.header(Qlqc30.definition()), sheet.header);
        assertEquals(List.of("pseudonym", "questionnaire", "time point", "completed on", "q1"),
                sheet.header.subList(0, 5));
        assertEquals("q30", sheet.header.get(sheet.header.size() - 1));
        assertEquals(1, sheet.rows.size(), "only the first sheet is read; the explanation is for people");
        ResponseRow example = ResponseRow.of(sheet.rows.get(0));
        assertEquals(ResponseImportTemplate.EXAMPLE_PSEUDONYM, example.pseudonym());
        assertEquals("QLQ-C30", example.questionnaire());
        assertEquals("T0", example.pointCode());
        assertEquals(LocalDate.of(2026, 11, 24), example.completedOn(), "a real date cell");
        assertEquals(30, example.answers().size());
        assertEquals(List.of(), example.unreadable());
        assertEquals(List.of(), ResponseRules.answerProblems(example.answers(), Qlqc30.definition()));
    }

    @Test
    void theSecondSheetExplainsEveryColumnInEnglishAndDutch() throws IOException {
        byte[] template = ResponseImportTemplate.of(Qlqc30.definition(), Map.of(29, "Q29 — overall health"),
                LocalDate.of(2026, 11, 24));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            var explained = workbook.getSheetAt(1);
            assertEquals(4 + 30, explained.getLastRowNum(), "a row per column below the header");
            var q29 = explained.getRow(4 + 29);
            assertEquals("q29", q29.getCell(0).getStringCellValue());
            assertEquals("1–7", q29.getCell(3).getStringCellValue());
            assertEquals(true, q29.getCell(1).getStringCellValue().startsWith("Q29 — overall health. A whole number"));
            assertEquals(true, q29.getCell(2).getStringCellValue().contains("tot en met 7"));
        }
    }
}
