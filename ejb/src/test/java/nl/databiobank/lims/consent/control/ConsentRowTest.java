package nl.databiobank.lims.consent.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.databiobank.lims.platform.boundary.FieldError;
import nl.databiobank.lims.platform.control.SheetRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConsentRowTest {

    private static ConsentRow row(String... headersAndValues) {
        Map<String, String> cells = new LinkedHashMap<>();
        for (int i = 0; i < headersAndValues.length; i += 2) {
            cells.put(headersAndValues[i], headersAndValues[i + 1]);
        }
        return ConsentRow.of(new SheetRow(7, cells));
    }

    @Test
    void readsTheFixedColumnsAndTreatsTheRestAsItems() {
        ConsentRow row = row("Pseudonym", "P000001X", "form", "BIOBANK", "version", "2", "signed_on", "2026-10-02",
                "witness", "J. Jansen", "tissue", "ja", "BLOOD", "N");

        assertEquals(7, row.number());
        assertEquals("P000001X", row.pseudonym());
        assertEquals("BIOBANK", row.formCode());
        assertEquals(2, row.formVersion());
        assertEquals(LocalDate.of(2026, 10, 2), row.signedOn());
        assertEquals("J. Jansen", row.witness());
        assertEquals(Map.of("TISSUE", true, "BLOOD", false), row.answers());
        assertTrue(row.unreadable().isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"yes", "YES", "ja", "Ja", "true", "TRUE", "1", "y", "Y", "j", "J"})
    void everyWayOfSayingYes(String yes) {
        assertEquals(Map.of("TISSUE", true), row("TISSUE", yes).answers());
    }

    @ParameterizedTest
    @ValueSource(strings = {"no", "No", "nee", "NEE", "false", "FALSE", "0", "n", "N"})
    void everyWayOfSayingNo(String no) {
        assertEquals(Map.of("TISSUE", false), row("TISSUE", no).answers());
    }

    @Test
    void whatCannotBeReadIsAProblemOfItsColumn() {
        ConsentRow row = row("version", "one", "signed_on", "2-10-2026", "TISSUE", "maybe");

        assertNull(row.formVersion());
        assertNull(row.signedOn());
        assertTrue(row.answers().isEmpty());
        assertEquals(List.of("version", "signed_on", "TISSUE"),
                row.unreadable().stream().map(FieldError::field).sorted(
                        java.util.Comparator.comparingInt(List.of("version", "signed_on", "TISSUE")::indexOf)).toList());
        assertEquals("consentImport.answer.format", row.unreadable().stream()
                .filter(e -> e.field().equals("TISSUE")).findFirst().orElseThrow().key());
    }
}
