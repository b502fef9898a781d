package nl.databiobank.lims.consent.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import nl.databiobank.lims.consent.entity.SignedDocument;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The document an imported historic consent carries in place of the scan: every consent keeps "the
 * signed form as a PDF", and for an import that PDF says where the paper form is and where the
 * record came from, so nobody mistakes it for the signature itself.
 */
public final class ImportedConsentDocument {

    private static final int MAX_NAME_PART = 120;

    private ImportedConsentDocument() {
    }

    public static SignedDocument of(String fileName, int row, LocalDate importedOn) {
        return new SignedDocument("imported-" + safeName(fileName) + "-row-" + row + ".pdf",
                pdf(List.of("Imported consent record",
                        "Imported from " + printable(fileName) + ", row " + row + ", on " + importedOn + ".",
                        "The signed paper form is archived elsewhere; this record was entered from a spreadsheet.")));
    }

    /** The file name without its extension, reduced to characters that are safe in any file system and header. */
    static String safeName(String fileName) {
        String name = fileName == null || fileName.isBlank() ? "upload" : fileName.trim();
        name = name.replaceAll("(?i)\\.xlsx$", "").replaceAll("[^A-Za-z0-9._-]+", "_");
        return name.length() > MAX_NAME_PART ? name.substring(0, MAX_NAME_PART) : name;
    }

    // the standard PDF fonts know only WinAnsi; anything else would make PDFBox refuse the text
    private static String printable(String fileName) {
        String name = fileName == null || fileName.isBlank() ? "an unnamed upload" : fileName.trim();
        return name.replaceAll("[^\\x20-\\x7E]", "?");
    }

    private static byte[] pdf(List<String> lines) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream text = new PDPageContentStream(document, page)) {
                text.beginText();
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                text.setLeading(16);
                text.newLineAtOffset(56, PDRectangle.A4.getHeight() - 72);
                for (String line : lines) {
                    text.showText(line);
                    text.newLine();
                }
                text.endText();
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the stand-in PDF of an imported consent", e);
        }
    }
}
