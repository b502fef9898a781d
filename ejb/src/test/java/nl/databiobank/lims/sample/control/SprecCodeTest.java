package nl.databiobank.lims.sample.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import nl.databiobank.lims.sample.control.SprecCode.Element;
import nl.databiobank.lims.sample.control.SprecCode.Source;
import org.junit.jupiter.api.Test;

class SprecCodeTest {

    private static List<Element> elements(String... codes) {
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < codes.length; i++) {
            elements.add(new Element(i + 1, codes[i], Source.ENTERED));
        }
        return elements;
    }

    @Test
    void theValueJoinsTheElementsWithDashes() {
        SprecCode code = new SprecCode(SprecMaterial.FLUID, elements("SER", "SST", "A", "B", "N", "B", "B"));

        assertEquals("SER-SST-A-B-N-B-B", code.value());
        assertEquals("SER-SST-A-B-N-B-B", code.toString());
        assertEquals(7, code.elements().size());
        assertEquals("SST", code.element(2).code());
    }

    @Test
    void sevenElementsInOrderOrNone() {
        assertThrows(IllegalArgumentException.class,
                () -> new SprecCode(SprecMaterial.FLUID, elements("SER", "SST", "A", "B", "N", "B")));
        List<Element> swapped = elements("SER", "SST", "A", "B", "N", "B", "B");
        swapped.set(0, new Element(2, "SER", Source.DERIVED));
        assertThrows(IllegalArgumentException.class, () -> new SprecCode(SprecMaterial.FLUID, swapped));
    }

    @Test
    void elementsAreNumberedFromOneToSeven() {
        SprecCode code = new SprecCode(SprecMaterial.FLUID, elements("SER", "SST", "A", "B", "N", "B", "B"));

        assertThrows(IllegalArgumentException.class, () -> code.element(0));
        assertThrows(IllegalArgumentException.class, () -> code.element(8));
    }
}
