package nl.databiobank.lims.platform.control;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.parsers.ParserConfigurationException;
import nl.databiobank.lims.platform.boundary.InvalidInputException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads the first sheet of an .xlsx as a stream of SAX events (POI's event API), so that a file of
 * 10 000 rows is never held as a workbook in memory: the first non-empty row is the header, every
 * later non-empty row goes to the listener as it is read. Date cells arrive as ISO dates
 * (2026-10-02), whatever display format the sheet gives them, so that no locale guesses a day.
 * Shared by the imports of consents and of questionnaire responses.
 */
public final class XlsxSheetReader {

    /** What the reader hands over, in sheet order. */
    public interface Listener {

        void header(List<String> columns);

        void row(SheetRow row);
    }

    private XlsxSheetReader() {
    }

    /** @throws InvalidInputException (field {@code file}) when the content is not a readable .xlsx */
    public static void read(InputStream xlsx, Listener listener) {
        try (OPCPackage pkg = OPCPackage.open(xlsx)) {
            XSSFReader reader = new XSSFReader(pkg);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw notXlsx();
            }
            XMLReader parser = XMLHelper.newXMLReader();
            parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(),
                    new ReadOnlySharedStringsTable(pkg), new RowAssembler(listener), new IsoDateFormatter(), false));
            try (InputStream sheet = sheets.next()) {
                parser.parse(new InputSource(sheet));
            }
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException | POIXMLException
                 | IllegalArgumentException e) {
            // POI's answer to a CSV, an old .xls, a PDF or a damaged zip: all the same to the user
            throw notXlsx();
        }
    }

    private static InvalidInputException notXlsx() {
        return new InvalidInputException("file", "import.file.notXlsx");
    }

    /** Collects the cells of one row at a time; only the current row is ever held. */
    private static final class RowAssembler implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final Listener listener;
        private Map<Integer, String> headers;
        private Map<Integer, String> cells;
        private int lastColumn;

        RowAssembler(Listener listener) {
            this.listener = listener;
        }

        @Override
        public void startRow(int rowNum) {
            cells = new TreeMap<>();
            lastColumn = -1;
        }

        @Override
        public void cell(String cellReference, String formattedValue, XSSFComment comment) {
            // some writers leave out the reference; the cell is then the next one to the right
            int column = cellReference == null ? lastColumn + 1 : new CellReference(cellReference).getCol();
            lastColumn = column;
            if (formattedValue != null && !formattedValue.isBlank()) {
                cells.put(column, formattedValue.trim());
            }
        }

        @Override
        public void endRow(int rowNum) {
            if (cells.isEmpty()) {
                return;
            }
            if (headers == null) {
                headers = cells;
                listener.header(new ArrayList<>(headers.values()));
                return;
            }
            Map<String, String> byHeader = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            // a value under no header is kept under its column letter, so that it is reported, not lost
            cells.forEach((column, value) -> byHeader.put(
                    headers.getOrDefault(column, CellReference.convertNumToColString(column)), value));
            listener.row(new SheetRow(rowNum + 1, byHeader));
        }
    }

    /** Formats date cells as ISO dates and numbers as POI's "General" does (1, not 1.0). */
    private static final class IsoDateFormatter extends DataFormatter {

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                LocalDate day = DateUtil.getLocalDateTime(value).toLocalDate();
                return day.toString();
            }
            return super.formatRawCellContents(value, formatIndex, formatString);
        }
    }
}
