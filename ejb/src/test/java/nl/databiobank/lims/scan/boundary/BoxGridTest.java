package nl.databiobank.lims.scan.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import nl.databiobank.lims.storage.entity.GridPosition;
import org.junit.jupiter.api.Test;

class BoxGridTest {

    @Test
    void theNextFreePositionIsTheFirstFreeOneRowByRow() {
        BoxGrid grid = grid(2, 3, "A1", "A2", "A3", "B2");

        assertEquals("B1", grid.nextFree());
        assertEquals(4, grid.occupied());
        assertEquals(6, grid.capacity());
        assertFalse(grid.isFull());
    }

    @Test
    void aFullBoxHasNoNextFreePosition() {
        BoxGrid grid = grid(1, 2, "A1", "A2");

        assertNull(grid.nextFree());
        assertTrue(grid.isFull());
    }

    @Test
    void cellsAreFoundByPositionInEitherSpellingAndByTheirTube() {
        BoxGrid grid = grid(8, 12, "H12");

        assertEquals("H12", grid.cell("h12").position());
        assertEquals("C4", grid.cell("C04").position());
        assertNull(grid.cell("I1"));
        assertNull(grid.cell("A13"));
        assertNull(grid.cell("nonsense"));
        assertEquals("H12", grid.cellOf("S-H12").position());
        assertNull(grid.cellOf("S-A1"));
    }

    @Test
    void theGridIsDrawnRowByRowWithLettersAndNumbers() {
        BoxGrid grid = grid(3, 4);

        assertEquals(List.of("A", "B", "C"), grid.rowLetters());
        assertEquals(List.of(1, 2, 3, 4), grid.columnNumbers());
        assertEquals(3, grid.gridRows().size());
        assertEquals(List.of("B1", "B2", "B3", "B4"), grid.gridRows().get(1).stream().map(Cell::position).toList());
    }

    /** A grid whose occupied positions hold a tube named after the position ("S-A1"). */
    private static BoxGrid grid(int rows, int columns, String... occupied) {
        List<String> taken = List.of(occupied);
        List<Cell> cells = new ArrayList<>();
        for (int row = 1; row <= rows; row++) {
            for (int column = 1; column <= columns; column++) {
                String position = new GridPosition(row, column).name();
                cells.add(taken.contains(position) ? new Cell(position, "S-" + position, "AVAILABLE", "DNA", false)
                        : new Cell(position, null, null, null, false));
            }
        }
        return new BoxGrid("B0000001X", "Box", "TEST", rows, columns, null, cells);
    }
}
