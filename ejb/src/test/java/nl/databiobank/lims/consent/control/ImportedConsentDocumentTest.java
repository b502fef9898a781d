package nl.databiobank.lims.consent.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import nl.databiobank.lims.consent.entity.SignedDocument;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class ImportedConsentDocumentTest {

    @Test
    void isAPdfThatSaysWhereTheRecordCameFrom() throws IOException {
        SignedDocument document = ImportedConsentDocument.of("historic consents 2019.xlsx", 12, LocalDate.of(2026, 11, 24));

        assertEquals("imported-historic_consents_2019-row-12.pdf", document.name());
        assertTrue(document.isPdf());
        try (PDDocument pdf = Loader.loadPDF(document.content())) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("Imported from historic consents 2019.xlsx, row 12, on 2026-11-24."), text);
            assertTrue(text.contains("archived elsewhere"), text);
        }
    }

    @Test
    void aNameOutsideAsciiStillMakesAPdf() {
        SignedDocument document = ImportedConsentDocument.of("toestemming Ærø — 𝄞.xlsx", 2, LocalDate.of(2026, 11, 24));
        assertTrue(document.isPdf());
        assertTrue(document.name().matches("imported-[A-Za-z0-9._-]+-row-2\\.pdf"), document.name());
    }
}
