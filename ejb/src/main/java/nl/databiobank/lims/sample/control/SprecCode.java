package nl.databiobank.lims.sample.control;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A sample's SPREC code, element by element, remembering where each element came from: a code a
 * researcher relies on should say which parts the LIMS measured and which someone typed in.
 */
public record SprecCode(SprecMaterial material, List<Element> elements) {

    public SprecCode {
        Objects.requireNonNull(material, "material");
        elements = List.copyOf(elements);
        if (elements.size() != SprecTables.ELEMENTS) {
            throw new IllegalArgumentException("A SPREC code has 7 elements, not " + elements.size());
        }
        for (int i = 0; i < elements.size(); i++) {
            if (elements.get(i).number() != i + 1) {
                throw new IllegalArgumentException("Element " + (i + 1) + " is numbered " + elements.get(i).number());
            }
        }
    }

    /** The code as SPREC writes it, its elements joined by dashes: {@code SER-SST-A-B-N-B-B}. */
    public String value() {
        return elements.stream().map(Element::code).collect(Collectors.joining("-"));
    }

    /** Element 1 to 7. */
    public Element element(int number) {
        if (number < 1 || number > SprecTables.ELEMENTS) {
            throw new IllegalArgumentException("No SPREC element " + number);
        }
        return elements.get(number - 1);
    }

    @Override
    public String toString() {
        return value();
    }

    /** Where an element's code came from. */
    public enum Source {
        /** Worked out from the recorded facts; cannot be overwritten by hand. */
        DERIVED,
        /** Typed in, because the facts do not tell. */
        ENTERED,
        /** Neither: SPREC's X (or XXX for three-letter elements). */
        UNKNOWN
    }

    /** One of the seven elements: its number (1 to 7), its code and where the code came from. */
    public record Element(int number, String code, Source source) {

        public Element {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(source, "source");
        }
    }
}
