package nl.databiobank.lims.barcode.benchmark;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import nl.databiobank.lims.barcode.IdentifierScheme;
import nl.databiobank.lims.barcode.decode.BarcodeReader;
import nl.databiobank.lims.barcode.label.Label;
import nl.databiobank.lims.barcode.label.LabelLayout;
import nl.databiobank.lims.barcode.label.pdf.PdfLabelSheet;
import nl.databiobank.lims.barcode.label.pdf.SheetLayout;
import nl.databiobank.lims.barcode.label.zpl.PrinterResolution;
import nl.databiobank.lims.barcode.label.zpl.ZplRenderer;
import nl.databiobank.lims.barcode.symbol.BarcodeEncoder;
import nl.databiobank.lims.barcode.symbol.PngRenderer;
import nl.databiobank.lims.barcode.symbol.RenderSettings;
import nl.databiobank.lims.barcode.symbol.Symbology;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Times the figures in docs/performance.md: each task is run a few times to warm the JIT,
 * then timed repeatedly; the median and the best run are printed as a Markdown table.
 */
public final class LabelBenchmark {

    private static final IdentifierScheme SCHEME = IdentifierScheme.of(9, "S");
    private static final int WARM_UP = 5;
    private static final int RUNS = 15;

    private LabelBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<Label> labels = cryovialLabels(1000);
        List<String> scans = scans(10_000);
        SheetLayout sheet = SheetLayout.a4(7, 20, 10, 10, 2.5, 1);
        LabelLayout cryovial = LabelLayout.cryovial25x13();
        long coldStart = System.nanoTime();
        byte[] pdf = PdfLabelSheet.render(labels, cryovial, sheet, 1);
        double coldMillis = (System.nanoTime() - coldStart) / 1e6;

        System.out.println("| task | median | best |");
        System.out.println("| --- | ---: | ---: |");
        time("1 000 cryovial labels to an A4 PDF (8 sheets)", 1, () -> PdfLabelSheet.render(labels, cryovial, sheet, 1));
        time("1 000 cryovial labels to ZPL (203 dpi)", 1, () -> ZplRenderer.render(labels, cryovial, PrinterResolution.DPI_203));
        time("10 000 scanned identifiers validated", 1, () -> validateAll(scans));
        for (Symbology symbology : Symbology.values()) {
            String data = SCHEME.build("S", 123456).value();
            RenderSettings settings = RenderSettings.of(300, 0.33);
            time("PNG of one " + symbology + " (300 dpi, 0.33 mm modules), per barcode", 200,
                    () -> PngRenderer.toPng(BarcodeEncoder.encode(symbology, data), settings));
        }
        BufferedImage page = firstPage(pdf);
        time("decode one A4 sheet of 140 cryovial labels scanned at 300 dpi", 1, () -> check(BarcodeReader.readAll(page).size(), 140));
        System.out.printf(Locale.ROOT, "%nFirst PDF of 1 000 labels in a fresh JVM (class loading, no JIT yet): %s%n", format(coldMillis));
        System.out.printf(Locale.ROOT, "PDF size for 1 000 labels: %d kB; JVM %s, %d processors%n",
                pdf.length / 1024, System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
    }

    /** Prints median and best time per operation, {@code batch} operations per timed run. */
    private static void time(String task, int batch, Supplier<?> operation) {
        for (int i = 0; i < WARM_UP; i++) {
            repeat(batch, operation);
        }
        double[] millis = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            repeat(batch, operation);
            millis[i] = (System.nanoTime() - start) / 1e6 / batch;
        }
        Arrays.sort(millis);
        System.out.printf(Locale.ROOT, "| %s | %s | %s |%n", task, format(millis[RUNS / 2]), format(millis[0]));
    }

    private static void repeat(int times, Supplier<?> operation) {
        Object sink = null;
        for (int i = 0; i < times; i++) {
            sink = operation.get();
        }
        if (sink == null) {
            throw new IllegalStateException("The operation returned nothing");
        }
    }

    private static String format(double millis) {
        return millis >= 10 ? String.format(Locale.ROOT, "%.0f ms", millis) : String.format(Locale.ROOT, "%.2f ms", millis);
    }

    private static Integer validateAll(List<String> scans) {
        int valid = 0;
        for (String scan : scans) {
            valid += SCHEME.validate(scan).isValid() ? 1 : 0;
        }
        return valid;
    }

    private static Integer check(int actual, int expected) {
        if (actual != expected) {
            throw new IllegalStateException("Decoded " + actual + " barcodes, expected " + expected);
        }
        return actual;
    }

    private static List<Label> cryovialLabels(int count) {
        List<Label> labels = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            labels.add(Label.of(SCHEME.build("S", 10_000_000L + i), "Plasma EDTA", "2026-11-24", "OLS-2026-07", "Aliquot " + (i % 8 + 1)));
        }
        return labels;
    }

    /** Scans as they arrive: mostly good, some in lower case with a line end, some mistyped. */
    private static List<String> scans(int count) {
        List<String> scans = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String value = SCHEME.build("S", 20_000_000L + i).value();
            scans.add(switch (i % 10) {
                case 0 -> value.toLowerCase(Locale.ROOT) + "\r\n";
                case 1 -> value.substring(0, 4) + value.charAt(5) + value.charAt(4) + value.substring(6);
                default -> value;
            });
        }
        return scans;
    }

    private static BufferedImage firstPage(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFRenderer(document).renderImageWithDPI(0, 300, ImageType.GRAY);
        }
    }
}
