package nl.databiobank.lims.label.control;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import nl.databiobank.lims.barcode.Identifier;
import nl.databiobank.lims.barcode.font.LabelFont;
import nl.databiobank.lims.barcode.label.Label;
import nl.databiobank.lims.label.entity.LabelPurpose;
import nl.databiobank.lims.sample.entity.Collection;
import nl.databiobank.lims.sample.entity.Sample;
import nl.databiobank.lims.storage.entity.Box;

/**
 * What a label says. Labels leave the lab's hands, so they carry the pseudonym and never a
 * participant's identity (DESIGN.md rule 7): barcode (with its check character) and its text,
 * then the sample type, the pseudonym, the collection date and the time point; a box's label
 * its name and box type.
 */
public final class LabelContent {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private LabelContent() {
    }

    public static Label of(Sample sample, Locale locale, ZoneId zone) {
        Collection collection = sample.getCollection();
        Instant collectedAt = collection.getCollectedAt();
        return label(sample.getBarcode(), sample.getType().name(locale), sample.getParticipant().getPseudonym(),
                DATE.format(collectedAt.atZone(zone)), collection.getTimePoint());
    }

    public static Label of(Box box) {
        return label(box.getBarcode(), box.getName(), box.getType().getName());
    }

    /**
     * A label of made-up content as full as real ones get, for previews and for checking that a
     * layout holds its purpose's labels: the widest identifier of the purpose's kind (sample
     * numbers have 9 digits, box numbers 7, and the check character varies) and every line.
     */
    public static Label specimen(LabelPurpose purpose) {
        return purpose == LabelPurpose.BOX
                ? label(widest("B", 7), "Box name", "Cryobox 9x9 (81 vials)")
                : label(widest("S", 9), "Plasma (EDTA)", "P000000", "2026-01-01", "BASELINE");
    }

    private static String widest(String prefix, int digits) {
        return IntStream.range(0, 100).mapToObj(n -> Identifier.of(prefix, n, digits).value())
                .max(Comparator.comparingDouble(text -> LabelFont.widthMm(text, 10))).orElseThrow();
    }

    /** A label with {@code barcode} and the given lines, each made printable. */
    public static Label label(String barcode, String... lines) {
        List<String> printable = new ArrayList<>();
        for (String line : lines) {
            if (line != null && !line.isBlank() && printable.size() < Label.MAX_LINES) {
                printable.add(printable(line));
            }
        }
        return new Label(Identifier.parse(barcode), printable);
    }

    /**
     * {@code text} with what a label printer's font cannot print replaced by '?', line breaks by
     * spaces, and cut to the longest line a label takes: a name typed with an unusual character
     * still gets its tube labelled.
     */
    static String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.strip().codePoints().forEach(c -> {
            String character = Character.isWhitespace(c) ? " " : new String(Character.toChars(c));
            out.append(LabelFont.canPrint(character) ? character : "?");
        });
        String line = out.toString().replaceAll(" {2,}", " ");
        return line.length() > Label.MAX_LINE_LENGTH ? line.substring(0, Label.MAX_LINE_LENGTH).strip() : line;
    }
}
