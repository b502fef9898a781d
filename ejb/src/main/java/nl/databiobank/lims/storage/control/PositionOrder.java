package nl.databiobank.lims.storage.control;

import java.util.Comparator;
import nl.databiobank.lims.storage.entity.GridPosition;

/** The order in which people read a box and its reports: row by row, A1, A2, … then B1. */
final class PositionOrder {

    static final Comparator<GridPosition> ROW_THEN_COLUMN =
            Comparator.comparingInt(GridPosition::row).thenComparingInt(GridPosition::column);

    private PositionOrder() {
    }
}
