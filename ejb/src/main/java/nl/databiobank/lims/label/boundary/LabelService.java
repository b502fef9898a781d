package nl.databiobank.lims.label.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import nl.databiobank.lims.barcode.Identifier;
import nl.databiobank.lims.barcode.label.Label;
import nl.databiobank.lims.barcode.label.LabelLayout;
import nl.databiobank.lims.barcode.label.pdf.PdfLabelSheet;
import nl.databiobank.lims.barcode.label.pdf.SheetLayout;
import nl.databiobank.lims.barcode.label.zpl.PrinterResolution;
import nl.databiobank.lims.barcode.label.zpl.ZplRenderer;
import nl.databiobank.lims.label.control.LabelContent;
import nl.databiobank.lims.label.control.LabelFitting;
import nl.databiobank.lims.label.control.LabelImage;
import nl.databiobank.lims.label.control.LabelSheets;
import nl.databiobank.lims.label.entity.LabelLayoutDefinition;
import nl.databiobank.lims.label.entity.LabelPrinter;
import nl.databiobank.lims.label.entity.LabelPurpose;
import nl.databiobank.lims.platform.boundary.ConflictException;
import nl.databiobank.lims.platform.boundary.InvalidInputException;
import nl.databiobank.lims.platform.boundary.Roles;
import nl.databiobank.lims.platform.boundary.UnknownEntityException;
import nl.databiobank.lims.sample.boundary.SampleService;
import nl.databiobank.lims.sample.entity.Collection;
import nl.databiobank.lims.sample.entity.Sample;
import nl.databiobank.lims.sample.entity.SampleStatus;
import nl.databiobank.lims.storage.boundary.StorageService;
import nl.databiobank.lims.storage.entity.Box;

/**
 * Labels of a sample, of all tubes of a collection, of a box: as a PNG image, a PDF sheet (A4,
 * 300 dpi) or ZPL, on the layout asked for or the default of the label's purpose; and the ZPL
 * for a network printer, which {@link LabelPrinting} sends. Read-only: nothing is changed.
 */
@Stateless
@RolesAllowed({Roles.LAB_TECHNICIAN, Roles.RESEARCH_NURSE, Roles.ADMIN})
public class LabelService {

    /** PNG images are drawn at the resolution of an office or a 300 dpi label printer. */
    public static final int PNG_DPI = 300;
    /** The barcode of test prints: sample number 0, which the sequence never hands out. */
    static final String TEST_BARCODE = Identifier.of("S", 0, 9).value();
    /** Tubes that are gone get no new label. */
    private static final Set<SampleStatus> GONE = EnumSet.of(SampleStatus.DESTROYED, SampleStatus.CONSUMED);
    private static final String SLIDE_TYPE = "TISSUE_SLIDE";

    @PersistenceContext
    EntityManager em;

    @EJB
    SampleService samples;

    @EJB
    StorageService storage;

    @EJB
    LabelSetupService setup;

    public Rendered sample(String scanned, LabelFormat format, LabelOptions options) {
        Sample sample = samples.sample(scanned);
        LabelLayoutDefinition layout = layout(options.layout(), purposeOf(sample));
        return render(List.of(LabelContent.of(sample, locale(options), zone())), layout, format, options,
                sample.getBarcode());
    }

    /** Every tube of the collection that is still there, primary samples, aliquots and derivatives, in order. */
    public Rendered collection(String id, LabelFormat format, LabelOptions options) {
        List<Sample> tubes = tubes(id);
        LabelLayoutDefinition layout = layout(options.layout(), LabelPurpose.SAMPLE);
        return render(tubes.stream().map(s -> LabelContent.of(s, locale(options), zone())).toList(), layout, format,
                options, "collection-" + tubes.get(0).getCollection().getId());
    }

    public Rendered box(String scanned, LabelFormat format, LabelOptions options) {
        Box box = storage.box(scanned);
        LabelLayoutDefinition layout = layout(options.layout(), LabelPurpose.BOX);
        return render(List.of(LabelContent.of(box)), layout, format, options, box.getBarcode());
    }

    /** A label of made-up content on the layout, to see how it looks: any format. */
    public Rendered preview(String layoutName, LabelFormat format, LabelOptions options) {
        LabelLayoutDefinition layout = setup.layout(layoutName);
        return render(List.of(LabelContent.specimen(layout.getPurpose())), layout, format, options, "preview");
    }

    public PrintJob sampleJob(String scanned, String printerName, LabelOptions options) {
        LabelPrinter printer = printer(printerName);
        Sample sample = samples.sample(scanned);
        return job(printer, List.of(LabelContent.of(sample, locale(options), zone())),
                layout(options.layout(), purposeOf(sample)));
    }

    public PrintJob collectionJob(String id, String printerName, LabelOptions options) {
        LabelPrinter printer = printer(printerName);
        List<Sample> tubes = tubes(id);
        return job(printer, tubes.stream().map(s -> LabelContent.of(s, locale(options), zone())).toList(),
                layout(options.layout(), LabelPurpose.SAMPLE));
    }

    public PrintJob boxJob(String scanned, String printerName, LabelOptions options) {
        LabelPrinter printer = printer(printerName);
        Box box = storage.box(scanned);
        return job(printer, List.of(LabelContent.of(box)), layout(options.layout(), LabelPurpose.BOX));
    }

    /** One test label for the printer (found by name even when switched off, so it can be tried first). */
    @RolesAllowed(Roles.ADMIN)
    public PrintJob testJob(String printerName, LabelOptions options) {
        LabelPrinter printer = setup.printer(printerName);
        String now = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(Instant.now().atZone(zone()));
        Label label = LabelContent.label(TEST_BARCODE, "TEST PRINT", printer.getName(), now);
        return job(printer, List.of(label), layout(options.layout(), LabelPurpose.SAMPLE));
    }

    private List<Sample> tubes(String id) {
        Collection collection = collectionOf(id);
        List<Sample> tubes = em.createNamedQuery(Sample.OF_COLLECTION, Sample.class)
                .setParameter("collection", collection).getResultList().stream()
                .filter(s -> !GONE.contains(s.getStatus()))
                .toList();
        if (tubes.isEmpty()) {
            throw new ConflictException("label.collection.noTubes", collection.getId());
        }
        return tubes;
    }

    private Collection collectionOf(String id) {
        Long number = null;
        try {
            number = id == null ? null : Long.valueOf(id.strip());
        } catch (NumberFormatException e) {
            // not a collection's number: unknown
        }
        Collection collection = number == null ? null : em.find(Collection.class, number);
        if (collection == null) {
            throw new UnknownEntityException("label.collection.unknown", String.valueOf(id));
        }
        return collection;
    }

    private Rendered render(List<Label> labels, LabelLayoutDefinition definition, LabelFormat format,
                            LabelOptions options, String name) {
        LabelLayout layout = definition.toLayout();
        List<String> barcodes = labels.stream().map(l -> l.identifier().value()).toList();
        String fileName = name + "." + format.extension();
        return switch (format) {
            case PNG -> {
                if (labels.size() != 1) {
                    throw new InvalidInputException("format", "label.format.unknown", "png", "pdf, zpl");
                }
                byte[] png = fitting(definition, PNG_DPI, () -> LabelImage.png(LabelFitting.fit(labels.get(0), layout,
                        PNG_DPI), layout, PNG_DPI));
                yield new Rendered(png, format, fileName, barcodes);
            }
            case PDF -> {
                SheetLayout sheet = LabelSheets.a4(layout);
                int start = options.start() == null ? 1 : options.start();
                if (start < 1 || start > sheet.labelsPerSheet()) {
                    throw new InvalidInputException("start", "label.start.range", sheet.labelsPerSheet(),
                            sheet.columns(), sheet.rows());
                }
                byte[] pdf = fitting(definition, sheet.printerDpi(), () -> PdfLabelSheet.render(
                        LabelFitting.fit(labels, layout, sheet.printerDpi()), layout, sheet, start));
                yield new Rendered(pdf, format, fileName, barcodes);
            }
            case ZPL -> {
                PrinterResolution resolution = resolution(options.dpi());
                String zpl = zpl(labels, definition, resolution);
                yield new Rendered(zpl.getBytes(StandardCharsets.US_ASCII), format, fileName, barcodes);
            }
        };
    }

    private PrintJob job(LabelPrinter printer, List<Label> labels, LabelLayoutDefinition layout) {
        String zpl = zpl(labels, layout, PrinterResolution.of(printer.getDpi()));
        return new PrintJob(printer.getName(), printer.getHost(), printer.getPort(), zpl,
                labels.stream().map(l -> l.identifier().value()).toList());
    }

    private static String zpl(List<Label> labels, LabelLayoutDefinition definition, PrinterResolution resolution) {
        LabelLayout layout = definition.toLayout();
        return fitting(definition, resolution.dpi(), () -> ZplRenderer.render(
                LabelFitting.fit(labels, layout, resolution.dpi()), layout, resolution));
    }

    /** The renderers refuse a label that would print unreadably; that is a 400 naming the layout, not a 500. */
    private static <T> T fitting(LabelLayoutDefinition layout, int dpi, Supplier<T> rendering) {
        try {
            return rendering.get();
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("layout", "label.layout.cannotPrint", layout.getName(), dpi, e.getMessage());
        }
    }

    private LabelLayoutDefinition layout(String name, LabelPurpose purpose) {
        if (name == null || name.isBlank()) {
            return setup.defaultLayout(purpose)
                    .orElseThrow(() -> new ConflictException("label.layout.noDefault", purpose));
        }
        LabelLayoutDefinition layout = setup.findLayout(name)
                .orElseThrow(() -> new InvalidInputException("layout", "label.layout.unknown", name.strip()));
        if (!layout.isActive()) {
            throw new InvalidInputException("layout", "label.layout.inactive", layout.getName());
        }
        return layout;
    }

    private LabelPrinter printer(String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("printer", "field.required");
        }
        LabelPrinter printer = setup.findPrinter(name)
                .orElseThrow(() -> new InvalidInputException("printer", "label.printer.unknown", name.strip()));
        if (!printer.isActive()) {
            throw new ConflictException("label.printer.inactive", printer.getName());
        }
        return printer;
    }

    private static PrinterResolution resolution(Integer dpi) {
        if (dpi == null) {
            return PrinterResolution.DPI_203;
        }
        try {
            return PrinterResolution.of(dpi);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("dpi", "label.printer.dpi.unknown", String.valueOf(dpi));
        }
    }

    private static LabelPurpose purposeOf(Sample sample) {
        return SLIDE_TYPE.equals(sample.getType().getCode()) ? LabelPurpose.SLIDE : LabelPurpose.SAMPLE;
    }

    private static Locale locale(LabelOptions options) {
        return options.locale() == null ? Locale.ENGLISH : options.locale();
    }

    private static ZoneId zone() {
        return ZoneId.systemDefault();
    }
}
