package nl.databiobank.lims.barcode.label;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.databiobank.lims.barcode.font.LabelFont;
import org.junit.jupiter.api.Test;

class TextFitterTest {

    @Test
    void textThatFitsIsUnchanged() {
        assertEquals("Serum", TextFitter.fit("Serum", 20, 6));
    }

    @Test
    void textThatDoesNotFitKeepsItsLongestFittingStartAndAnEllipsis() {
        String text = "Peripheral blood mononuclear cells";
        double width = 15;
        String fitted = TextFitter.fit(text, width, 6);
        assertTrue(fitted.endsWith(TextFitter.ELLIPSIS));
        assertTrue(LabelFont.widthMm(fitted, 6) <= width);
        String start = fitted.substring(0, fitted.length() - 1);
        assertTrue(text.startsWith(start));
        // One more character would not have fitted.
        String longer = text.substring(0, start.length() + 1).stripTrailing() + TextFitter.ELLIPSIS;
        assertTrue(LabelFont.widthMm(longer, 6) > width || longer.length() <= fitted.length());
    }

    @Test
    void whenNotEvenTheEllipsisFitsNothingIsPrinted() {
        assertEquals("", TextFitter.fit("Serum", 0.2, 6));
    }
}
