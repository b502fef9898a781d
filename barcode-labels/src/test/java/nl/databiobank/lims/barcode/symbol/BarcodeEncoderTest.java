package nl.databiobank.lims.barcode.symbol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BarcodeEncoderTest {

    @Test
    void code128IsOneRowStartingAndEndingWithABar() {
        BarcodeSymbol symbol = BarcodeEncoder.encode(Symbology.CODE_128, "S0000123451");
        assertEquals(1, symbol.heightModules());
        assertTrue(symbol.isDark(0, 0));
        assertTrue(symbol.isDark(symbol.widthModules() - 1, 0));
        // Start (11) + data + check (11 each) + stop (13): a whole number of symbol characters.
        assertEquals(2, (symbol.widthModules() - 13) % 11 == 0 ? 2 : -1);
    }

    @Test
    void dataMatrixIsTheSmallestSquareEcc200Symbol() {
        BarcodeSymbol symbol = BarcodeEncoder.encode(Symbology.DATA_MATRIX, "S0000123451");
        assertEquals(14, symbol.widthModules());
        assertEquals(14, symbol.heightModules());
        // The L-shaped finder: solid left column and bottom row.
        for (int i = 0; i < 14; i++) {
            assertTrue(symbol.isDark(0, i));
            assertTrue(symbol.isDark(i, 13));
        }
    }

    @Test
    void qrHasNoQuietZoneInsideTheSymbol() {
        BarcodeSymbol symbol = BarcodeEncoder.encode(Symbology.QR, "S0000123451");
        assertEquals(21, symbol.widthModules());
        assertTrue(symbol.isDark(0, 0));
    }

    @Test
    void runsCoverExactlyTheDarkModules() {
        BarcodeSymbol symbol = BarcodeEncoder.encode(Symbology.DATA_MATRIX, "G123498654321H");
        int dark = 0;
        for (int y = 0; y < symbol.heightModules(); y++) {
            for (int x = 0; x < symbol.widthModules(); x++) {
                dark += symbol.isDark(x, y) ? 1 : 0;
            }
        }
        assertEquals(dark, symbol.darkRuns().stream().mapToInt(ModuleRun::length).sum());
    }

    @Test
    void badInputIsRefusedWithAReason() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> BarcodeEncoder.encode(Symbology.CODE_128, ""))
                .getMessage().contains("no text"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> BarcodeEncoder.encode(Symbology.CODE_128, "Mëlk"))
                .getMessage().contains("not printable ASCII"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> BarcodeEncoder.encode(Symbology.DATA_MATRIX, "Łódź"))
                .getMessage().contains("ISO 8859-1"));
        assertThrows(IllegalArgumentException.class, () -> BarcodeEncoder.encode(null, "S1"));
        assertThrows(IndexOutOfBoundsException.class, () -> BarcodeEncoder.encode(Symbology.QR, "S1").isDark(21, 0));
    }
}
