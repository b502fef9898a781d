package nl.databiobank.lims.scan.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import nl.databiobank.lims.barcode.Identifier;
import nl.databiobank.lims.platform.boundary.InvalidInputException;
import org.junit.jupiter.api.Test;

class ScanTest {

    private static final String TUBE = Identifier.of("S", 1234, 9).value();
    private static final String BOX = Identifier.of("B", 12, 7).value();

    @Test
    void eachKindOfBarcodeIsRecognisedByItsPrefix() {
        assertEquals(new Scan(ScanKind.TUBE, TUBE), Scan.read(TUBE, false));
        assertEquals(ScanKind.TUBE, Scan.read(Identifier.of("K", 77001).value(), false).kind());
        assertEquals(new Scan(ScanKind.BOX, BOX), Scan.read(BOX, true));
        assertEquals(ScanKind.RACK, Scan.read(Identifier.of("R", 5, 7).value(), false).kind());
        assertEquals(ScanKind.FREEZER, Scan.read(Identifier.of("F", 4, 7).value(), false).kind());
        assertEquals(ScanKind.PARTICIPANT, Scan.read(Identifier.of("P", 1, 6).value(), false).kind());
    }

    @Test
    void aScannersLineEndAndLowerCaseDoNotMatter() {
        assertEquals(new Scan(ScanKind.TUBE, TUBE), Scan.read(" " + TUBE.toLowerCase(Locale.ROOT) + "\r\n", false));
    }

    @Test
    void aWrongCheckCharacterIsRefusedSayingSo() {
        char check = TUBE.charAt(TUBE.length() - 1);
        String misread = TUBE.substring(0, TUBE.length() - 1) + (check == '0' ? '1' : '0');

        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> Scan.read(misread, true));

        assertEquals("barcode.WRONG_CHECK_CHARACTER", refused.fieldErrors().get(0).key());
        assertEquals("\"" + misread + "\" has a wrong check character: it was mistyped or misread. Scan or type it again.",
                refused.fieldErrors().get(0).message(Locale.ENGLISH));
    }

    @Test
    void aShortEntryIsAPositionOnlyWhileABoxIsOpen() {
        assertEquals(new Scan(ScanKind.POSITION, "A5"), Scan.read("a5", true));
        assertEquals(new Scan(ScanKind.POSITION, "H12"), Scan.read("H12", true));
        assertEquals(new Scan(ScanKind.POSITION, "C7"), Scan.read("C07", true));
        assertThrows(InvalidInputException.class, () -> Scan.read("A5", false));
    }

    @Test
    void aBarcodeIsNeverTakenForAPositionHoweverItEnds() {
        String box = Identifier.of("B", 1, 7).value();

        assertEquals(ScanKind.BOX, Scan.read(box, true).kind());
    }

    @Test
    void nothingScannedAndForeignPrefixesAreRefused() {
        assertThrows(InvalidInputException.class, () -> Scan.read("   ", true));
        assertThrows(InvalidInputException.class, () -> Scan.read(Identifier.of("X", 12, 7).value(), false));
    }
}
