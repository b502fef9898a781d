package nl.databiobank.lims.scan.boundary;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import nl.databiobank.lims.storage.boundary.BoxContents;
import nl.databiobank.lims.storage.entity.Box;
import nl.databiobank.lims.storage.entity.GridPosition;

/**
 * A box as the grid view draws it: rows (letters) of cells (columns numbered from 1), each with its
 * occupant, and where the box stands.
 */
public record BoxGrid(String barcode, String name, String boxType, int rows, int columns, String place,
                      List<Cell> cells) implements Serializable {

    public BoxGrid {
        cells = List.copyOf(cells);
    }

    static BoxGrid of(BoxContents contents, String place) {
        Box box = contents.box();
        return new BoxGrid(box.getBarcode(), box.getName(), box.getType().getCode(), box.getType().getRows(),
                box.getType().getColumns(), place, contents.slots().stream()
                .map(slot -> new Cell(slot.position(), slot.sample(), slot.status(), slot.type(), slot.blocked()))
                .toList());
    }

    /** The first free position, row by row; null when the box is full. */
    public String nextFree() {
        return cells.stream().filter(Cell::isFree).map(Cell::position).findFirst().orElse(null);
    }

    public boolean isFull() {
        return nextFree() == null;
    }

    public int capacity() {
        return rows * columns;
    }

    public long occupied() {
        return cells.stream().filter(cell -> !cell.isFree()).count();
    }

    /** The cell at a position named {@code A1} or {@code A01}; null when the box has no such position. */
    public Cell cell(String position) {
        GridPosition wanted = GridPosition.parseOrNull(position);
        if (wanted == null || !wanted.fits(rows, columns)) {
            return null;
        }
        return cells.get((wanted.row() - 1) * columns + wanted.column() - 1);
    }

    /** The cell holding a sample; null when it is not in this box. */
    public Cell cellOf(String sample) {
        return cells.stream().filter(cell -> sample.equals(cell.sample())).findFirst().orElse(null);
    }

    /** The cells row by row, for drawing the grid. */
    public List<List<Cell>> gridRows() {
        List<List<Cell>> grid = new ArrayList<>(rows);
        for (int row = 0; row < rows; row++) {
            grid.add(cells.subList(row * columns, (row + 1) * columns));
        }
        return grid;
    }

    public List<String> rowLetters() {
        return IntStream.rangeClosed(1, rows).mapToObj(row -> String.valueOf((char) ('A' + row - 1))).toList();
    }

    public List<Integer> columnNumbers() {
        return IntStream.rangeClosed(1, columns).boxed().toList();
    }
}
