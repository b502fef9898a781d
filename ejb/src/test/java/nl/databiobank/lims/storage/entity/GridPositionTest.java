package nl.databiobank.lims.storage.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GridPositionTest {

    @Test
    void rackScannerNamesAndPeoplesNamesAreTheSamePosition() {
        assertEquals(new GridPosition(1, 1), GridPosition.parseOrNull("A1"));
        assertEquals(new GridPosition(1, 1), GridPosition.parseOrNull(" a01 "));
        assertEquals(new GridPosition(8, 12), GridPosition.parseOrNull("H12"));
        assertEquals(new GridPosition(8, 12), GridPosition.parseOrNull("H", "12"));
        assertEquals("H12", new GridPosition(8, 12).name());
    }

    @Test
    void whatIsNoPositionIsNull() {
        assertNull(GridPosition.parseOrNull("A0"));
        assertNull(GridPosition.parseOrNull("11"));
        assertNull(GridPosition.parseOrNull("AA1"));
        assertNull(GridPosition.parseOrNull("A100"));
        assertNull(GridPosition.parseOrNull(""));
        assertNull(GridPosition.parseOrNull(null));
        assertThrows(IllegalArgumentException.class, () -> new GridPosition(0, 1));
    }

    @Test
    void aBoxTypeContainsItsGridOnly() {
        BoxType nineByNine = new BoxType("GRID9X9", "9×9", 9, 9);
        assertTrue(nineByNine.contains(GridPosition.parseOrNull("I9")));
        assertFalse(nineByNine.contains(GridPosition.parseOrNull("J1")));
        assertFalse(nineByNine.contains(GridPosition.parseOrNull("A10")));
        assertEquals(81, nineByNine.positions().size());
        assertEquals("A2", nineByNine.positions().get(1).name());
        assertEquals(96, new BoxType("RACK8X12", "8×12", 8, 12).capacity());
    }
}
