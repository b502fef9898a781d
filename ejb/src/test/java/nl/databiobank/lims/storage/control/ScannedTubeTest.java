package nl.databiobank.lims.storage.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.databiobank.lims.storage.entity.GridPosition;
import org.junit.jupiter.api.Test;

class ScannedTubeTest {

    private static final GridPosition A1 = new GridPosition(1, 1);

    @Test
    void aReadTubeHasItsBarcodeTrimmedInUpperCase() {
        ScannedTube tube = ScannedTube.read(2, A1, " s000001001n ");

        assertEquals("S000001001N", tube.barcode());
        assertTrue(tube.hasBarcode());
    }

    @Test
    void emptyAndUnreadableAreDistinctAndHaveNoBarcode() {
        ScannedTube empty = ScannedTube.empty(2, A1);
        ScannedTube unreadable = ScannedTube.unreadable(2, A1);

        assertNull(empty.barcode());
        assertNull(unreadable.barcode());
        assertFalse(empty.hasBarcode());
        assertFalse(empty.equals(unreadable));
    }

    @Test
    void aBarcodeGoesWithAReadTubeOnly() {
        assertThrows(IllegalArgumentException.class, () -> new ScannedTube(2, A1, "S000001001N", ScannedTube.State.EMPTY));
        assertThrows(IllegalArgumentException.class, () -> new ScannedTube(2, A1, null, ScannedTube.State.READ));
    }
}
