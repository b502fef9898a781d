package nl.databiobank.lims.questionnaire.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.databiobank.lims.platform.boundary.FieldError;
import nl.databiobank.lims.platform.control.SheetRow;
import org.junit.jupiter.api.Test;

class ResponseRowTest {

    @Test
    void headersAreReadAsPeopleTypeThemAndEmptyItemsAreUnanswered() {
        ResponseRow row = row("Pseudonym", " p000123x ", "Questionnaire", "qlq-c30", "Time_Point", "m3",
                "COMPLETED-ON", "2026-10-02", "Q1", "2", "q 29", "6.0");

        assertEquals(5, row.number());
        assertEquals("P000123X", row.pseudonym());
        assertEquals("QLQ-C30", row.questionnaire());
        assertEquals("M3", row.pointCode());
        assertEquals(LocalDate.of(2026, 10, 2), row.completedOn());
        assertEquals(Map.of(1, 2, 29, 6), row.answers(), "6.0 is six; items without a cell are unanswered");
        assertEquals(List.of(), row.unreadable());
    }

    @Test
    void whatCannotBeReadIsAProblemOfItsColumn() {
        ResponseRow row = row("pseudonym", "P1", "completed on", "2-10-2026", "q3", "2.5", "q4", "two", "notes", "x");

        assertNull(row.completedOn());
        assertEquals(Map.of(), row.answers());
        assertEquals(List.of("completed on", "notes", "q3", "q4"),
                row.unreadable().stream().map(FieldError::field).sorted().toList());
    }

    private static ResponseRow row(String... headersAndValues) {
        Map<String, String> cells = new LinkedHashMap<>();
        for (int i = 0; i < headersAndValues.length; i += 2) {
            cells.put(headersAndValues[i], headersAndValues[i + 1]);
        }
        return ResponseRow.of(new SheetRow(5, cells));
    }
}
