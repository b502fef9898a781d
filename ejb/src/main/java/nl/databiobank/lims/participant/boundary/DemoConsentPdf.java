package nl.databiobank.lims.participant.boundary;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The "signed form" of every demo consent: a one-page PDF that says it is not a real signature,
 * so that nobody mistakes demo data for the real thing. Written by hand rather than with a PDF
 * library, which the ejb module does not have; the cross-reference table is computed, so readers
 * need not repair the file.
 */
final class DemoConsentPdf {

    static final String FILE_NAME = "demo-consent.pdf";

    // \226 is the en dash in WinAnsiEncoding
    private static final String TEXT = "BT /F1 20 Tf 72 760 Td (Demo consent \\226 not a real signature) Tj"
            + " 0 -28 Td /F1 12 Tf (Biobank LIMS demo data: an invented participant.) Tj ET\n";

    private static final byte[] BYTES = write();

    private DemoConsentPdf() {
    }

    static byte[] bytes() {
        return BYTES.clone();
    }

    private static byte[] write() {
        List<String> objects = List.of(
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >>"
                        + " /Contents 5 0 R >>",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
                "<< /Length " + TEXT.length() + " >>\nstream\n" + TEXT + "endstream");
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        append(pdf, "%PDF-1.4\n");
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(pdf.size());
            append(pdf, (i + 1) + " 0 obj\n" + objects.get(i) + "\nendobj\n");
        }
        int xref = pdf.size();
        StringBuilder table = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
        offsets.forEach(offset -> table.append(String.format("%010d 00000 n \n", offset)));
        table.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        append(pdf, table.toString());
        return pdf.toByteArray();
    }

    private static void append(ByteArrayOutputStream pdf, String text) {
        pdf.writeBytes(text.getBytes(StandardCharsets.US_ASCII));
    }
}
