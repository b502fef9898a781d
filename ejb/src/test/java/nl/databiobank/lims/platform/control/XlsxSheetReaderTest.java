package nl.databiobank.lims.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.databiobank.lims.platform.boundary.InvalidInputException;
import org.junit.jupiter.api.Test;

public class XlsxSheetReaderTest {

    /** Everything the reader handed over. */
    public static final class Collected implements XlsxSheetReader.Listener {
        public List<String> header;
        public final List<SheetRow> rows = new ArrayList<>();

        @Override
        public void header(List<String> columns) {
            header = columns;
        }

        @Override
        public void row(SheetRow row) {
            rows.add(row);
        }
    }

    public static Collected read(byte[] xlsx) {
        Collected collected = new Collected();
        XlsxSheetReader.read(new ByteArrayInputStream(xlsx), collected);
        return collected;
    }

    @Test
    void readsTheHeaderAndEveryRowWithItsExcelRowNumber() {
        Collected sheet = read(Sheets.xlsx(
                new Object[] {"pseudonym", "form", "version", "signed_on", "witness", "TISSUE"},
                new Object[] {"P000001X", "BIOBANK", 1, "2026-10-02", "J. Jansen", "ja"},
                null,
                new Object[] {"P000002Y", "BIOBANK", 1, "2026-10-03", null, "nee"}));

        assertEquals(List.of("pseudonym", "form", "version", "signed_on", "witness", "TISSUE"), sheet.header);
        assertEquals(2, sheet.rows.size(), "the empty row is skipped");
        assertEquals(2, sheet.rows.get(0).number());
        assertEquals(4, sheet.rows.get(1).number(), "numbered as Excel shows it, gaps included");
        assertEquals("P000001X", sheet.rows.get(0).value("pseudonym"));
        assertEquals("1", sheet.rows.get(0).value("version"), "a number cell reads as Excel's General shows it");
        assertNull(sheet.rows.get(1).value("witness"));
        assertEquals("nee", sheet.rows.get(1).value("tissue"), "headers match regardless of case");
    }

    @Test
    void aDateCellReadsAsAnIsoDateWhateverItsDisplayFormat() {
        Collected sheet = read(Sheets.xlsx(
                new Object[] {"pseudonym", "signed_on"},
                new Object[] {"P000001X", LocalDate.of(2026, 3, 4)}));

        assertEquals("2026-03-04", sheet.rows.get(0).value("signed_on"));
    }

    @Test
    void booleanCellsAndValuesOutsideTheHeaderAreKept() {
        Collected sheet = read(Sheets.xlsx(
                new Object[] {"pseudonym", "BLOOD"},
                new Object[] {"P000001X", true, "stray"}));

        assertEquals("TRUE", sheet.rows.get(0).value("BLOOD"));
        assertEquals("stray", sheet.rows.get(0).value("C"), "kept under its column letter, so it is reported");
    }

    @Test
    void aCsvIsNotAnXlsx() {
        byte[] csv = "pseudonym,form\nP000001X,BIOBANK\n".getBytes(StandardCharsets.UTF_8);
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> read(csv));
        assertEquals("file", refused.fieldErrors().get(0).field());
        assertEquals("import.file.notXlsx", refused.fieldErrors().get(0).key());
    }

    @Test
    void aZipThatIsNoWorkbookIsNotAnXlsx() {
        byte[] notAWorkbook = {'P', 'K', 3, 4, 0, 0, 0, 0, 0, 0};
        assertThrows(InvalidInputException.class, () -> read(notAWorkbook));
    }

    @Test
    void tenThousandRowsAreReadOneAtATime() {
        Object[][] rows = new Object[10_001][];
        rows[0] = new Object[] {"pseudonym", "form", "version", "signed_on", "TISSUE", "BLOOD"};
        for (int i = 1; i < rows.length; i++) {
            rows[i] = new Object[] {"P" + i, "BIOBANK", 1, LocalDate.of(2026, 1, 1).plusDays(i % 300), "yes", "no"};
        }
        int[] count = {0};
        XlsxSheetReader.read(new ByteArrayInputStream(Sheets.xlsx(rows)), new XlsxSheetReader.Listener() {
            @Override
            public void header(List<String> columns) {
            }

            @Override
            public void row(SheetRow row) {
                count[0]++;
            }
        });
        assertEquals(10_000, count[0]);
    }

    @Test
    void aRefusalOfTheListenerStopsReadingAndReachesTheCallerAsItIs() {
        byte[] xlsx = Sheets.xlsx(new Object[] {"pseudonym"}, new Object[] {"P1"}, new Object[] {"P2"});
        int[] rows = {0};
        InvalidInputException refused = assertThrows(InvalidInputException.class, () ->
                XlsxSheetReader.read(new ByteArrayInputStream(xlsx), new XlsxSheetReader.Listener() {
                    @Override
                    public void header(List<String> columns) {
                    }

                    @Override
                    public void row(SheetRow row) {
                        rows[0]++;
                        throw new InvalidInputException("file", "too.many");
                    }
                }));
        assertEquals("too.many", refused.fieldErrors().get(0).key(), "not taken for a file that is no .xlsx");
        assertEquals(1, rows[0]);
    }
}
