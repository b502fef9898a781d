package nl.databiobank.lims.study.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import nl.databiobank.lims.study.boundary.Manifest;
import nl.databiobank.lims.study.boundary.ManifestHeader;
import nl.databiobank.lims.study.entity.DataItem;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class ManifestPdfTest {

    @Test
    void landscapeA4WithTheHeaderAndEverySample() throws IOException {
        Manifest manifest = ManifestFixtures.manifest(EnumSet.allOf(DataItem.class), ManifestFixtures.many(4));
        byte[] pdf = ManifestPdf.write(manifest);
        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(1, document.getNumberOfPages());
            PDPage page = document.getPage(0);
            assertTrue(page.getMediaBox().getWidth() > page.getMediaBox().getHeight(), "landscape");
            assertEquals(842, page.getMediaBox().getWidth(), 1);
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Shipment manifest"), text);
            assertTrue(text.contains("ONCO-2026"), text);
            assertTrue(text.contains("METc 2026/123, version 2"), text);
            assertTrue(text.contains("Hanzeplein 1, 9713 GZ Groningen"), text);
            assertTrue(text.contains("SP-00000001"), text);
            assertTrue(text.contains("S00000000003"), text);
            assertTrue(text.contains("66.67"), text);
            assertTrue(text.contains("SUM"), text);
            assertTrue(text.contains("page 1 of 1"), text);
            assertFalse(text.contains("\u2026"), "every column fits landscape A4 whole: " + text);
        }
    }

    @Test
    void aLongTableContinuesOnFurtherPagesWithItsHeaderRepeated() throws IOException {
        Manifest manifest = ManifestFixtures.manifest(EnumSet.allOf(DataItem.class), ManifestFixtures.many(200));
        try (PDDocument document = Loader.loadPDF(ManifestPdf.write(manifest))) {
            int pages = document.getNumberOfPages();
            assertTrue(pages >= 3, "200 rows take several pages, not " + pages);
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(pages);
            stripper.setEndPage(pages);
            String last = stripper.getText(document);
            assertTrue(last.contains("Study pseudonym"), "the header row again: " + last);
            assertTrue(last.contains("S00000000199"), "the last sample is on the last page");
            assertTrue(last.contains("page " + pages + " of " + pages), last);
            assertFalse(last.contains("Ethics approval"), "the header lines only on the first page");
            String all = new PDFTextStripper().getText(document);
            for (int i = 0; i < 200; i++) {
                assertTrue(all.contains(String.format("S%011d", i)), "sample " + i + " is listed");
            }
        }
    }

    @Test
    void charactersOutsideTheFontBecomeQuestionMarksInsteadOfFailing() throws IOException {
        ManifestHeader h = ManifestFixtures.header();
        ManifestHeader foreign = new ManifestHeader(h.requestId(), h.requestTitle(), h.studyCode(), h.studyTitle(),
                h.committee(), h.approvalReference(), h.approvalVersion(), "Prof. Łukasz Müller \u4e2d\u6587",
                h.address(), h.shippedOn());
        Manifest manifest = new Manifest(foreign, EnumSet.noneOf(DataItem.class), List.of(),
                List.of(ManifestFixtures.row("SP-BBBBBBBB", "S000000000012", Map.of())));
        try (PDDocument document = Loader.loadPDF(ManifestPdf.write(manifest))) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Łukasz Müller"), text);
            assertFalse(text.contains("Age at collection"), "nothing released: no data columns");
        }
    }

    @Test
    void paginationPutsFewerRowsOnTheFirstPage() {
        List<List<Integer>> pages = ManifestPdf.paginate(List.of(1, 2, 3, 4, 5, 6, 7), 2, 3);
        assertEquals(List.of(List.of(1, 2), List.of(3, 4, 5), List.of(6, 7)), pages);
        assertEquals(List.of(List.of()), ManifestPdf.paginate(List.of(), 2, 3), "an empty manifest still has a page");
    }
}
