package nl.databiobank.lims.study.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.databiobank.lims.study.boundary.Manifest;
import nl.databiobank.lims.study.entity.DataItem;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class ManifestSheetTest {

    @Test
    void headerLinesThenATableWithRealNumbersAndDatesAndBlanksWhereAScoreIsMissing() throws IOException {
        Manifest manifest = ManifestFixtures.manifest(EnumSet.allOf(DataItem.class), List.of(
                ManifestFixtures.row("SP-BBBBBBBB", "S000000000012", Map.of("QL2", new BigDecimal("66.67"))),
                ManifestFixtures.row("SP-BBBBBBBB", "S000000000013", Map.of()),
                ManifestFixtures.row("SP-CCCCCCCC", "S000000000014", Map.of("PF2", new BigDecimal("100.00")))));

        try (XSSFWorkbook workbook = read(manifest)) {
            Sheet sheet = workbook.getSheet(ManifestSheet.SHEET_NAME);
            assertEquals("Shipment manifest", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals("17 \u2013 Cytokines in serum", value(sheet, "Request"));
            assertEquals("ONCO-2026 \u2013 Inflammation after chemotherapy", value(sheet, "Study"));
            assertEquals("METc UMCG, METc 2026/123, version 2", value(sheet, "Ethics approval"));
            assertEquals("Hanzeplein 1, 9713 GZ Groningen", value(sheet, "Address"), "on one line");
            assertEquals("2026-11-24", value(sheet, "Shipped on"));
            assertEquals("3", value(sheet, "Samples"));
            assertEquals("2", value(sheet, "Participants"));

            int h = headerRow(sheet);
            List<String> header = cells(sheet.getRow(h));
            List<String> expected = new ArrayList<>(List.of("Study pseudonym", "Barcode", "Sample type", "Quantity",
                    "Unit", "Collection date", "Age at collection", "Sex", "Diagnosis (ICD-10)"));
            expected.addAll(ManifestFixtures.SCALES);
            assertEquals(expected, header);

            Row first = sheet.getRow(h + 1);
            assertEquals("SP-BBBBBBBB", first.getCell(0).getStringCellValue());
            assertEquals(0.5, first.getCell(3).getNumericCellValue(), 1e-9);
            assertTrue(DateUtil.isCellDateFormatted(first.getCell(5)));
            assertEquals(LocalDate.of(2026, 10, 1), first.getCell(5).getLocalDateTimeCellValue().toLocalDate());
            assertEquals(68, first.getCell(6).getNumericCellValue());
            assertEquals("C18.7", first.getCell(8).getStringCellValue());
            assertEquals(66.67, first.getCell(header.indexOf("QL2")).getNumericCellValue(), 1e-9);
            assertNull(first.getCell(header.indexOf("PF2")), "PF2 not scored: blank");
            assertNull(sheet.getRow(h + 2).getCell(header.indexOf("QL2")), "no response at that time point");
            assertEquals(100, sheet.getRow(h + 3).getCell(header.indexOf("PF2")).getNumericCellValue());
            assertNull(sheet.getRow(h + 4), "a row per sample, no more");
        }
    }

    @Test
    void onlyTheReleasedDataItemsHaveColumns() throws IOException {
        Manifest manifest = ManifestFixtures.manifest(EnumSet.of(DataItem.AGE_AT_COLLECTION),
                List.of(ManifestFixtures.row("SP-BBBBBBBB", "S000000000012", Map.of("QL2", BigDecimal.TEN))));

        try (XSSFWorkbook workbook = read(manifest)) {
            Sheet sheet = workbook.getSheetAt(0);
            int h = headerRow(sheet);
            assertEquals(List.of("Study pseudonym", "Barcode", "Sample type", "Quantity", "Unit", "Age at collection"),
                    cells(sheet.getRow(h)));
            assertEquals(List.of("SP-BBBBBBBB", "S000000000012", "SERUM", "0.5", "mL", "68"),
                    cells(sheet.getRow(h + 1)), "no scores, sex, diagnosis or date slip through");
            assertEquals("age at collection", value(sheet, "Data released"));
        }
    }

    @Test
    void nothingReleasedIsMaterialOnly() throws IOException {
        Manifest manifest = ManifestFixtures.manifest(Set.of(), List.of());
        try (XSSFWorkbook workbook = read(manifest)) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals(5, cells(sheet.getRow(headerRow(sheet))).size());
            assertEquals("none (material only)", value(sheet, "Data released"));
            assertFalse(manifest.releases(DataItem.QUESTIONNAIRE_SCORES));
            assertEquals(List.of(), manifest.scales(), "scales without scores released are no columns");
        }
    }

    private static XSSFWorkbook read(Manifest manifest) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(ManifestSheet.write(manifest)));
    }

    static int headerRow(Sheet sheet) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && "Study pseudonym".equals(row.getCell(0).toString())) {
                return row.getRowNum();
            }
        }
        throw new AssertionError("no table header");
    }

    private static String value(Sheet sheet, String label) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && label.equals(row.getCell(0).toString())) {
                return row.getCell(1).getStringCellValue();
            }
        }
        throw new AssertionError("no line " + label);
    }

    private static List<String> cells(Row row) {
        DataFormatter format = new DataFormatter();
        List<String> cells = new ArrayList<>();
        row.forEach(cell -> cells.add(format.formatCellValue(cell)));
        return cells;
    }
}
