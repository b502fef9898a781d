package nl.databiobank.lims.consent.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.databiobank.lims.consent.entity.ConsentForm;
import nl.databiobank.lims.platform.control.XlsxSheetReaderTest;
import org.junit.jupiter.api.Test;

class ConsentImportTemplateTest {

    @Test
    void theTemplateReadsBackAsItsHeaderAndAnExampleRowThatParses() {
        ConsentForm form = new ConsentForm("BIOBANK", 2, "nl,en", "Biobank", "METc 2026/1", LocalDate.of(2026, 1, 1),
                null, true);
        form.addItem("TISSUE", "Weefsel", "Tissue");
        form.addItem("BLOOD", "Bloed", "Blood");

        XlsxSheetReaderTest.Collected sheet = XlsxSheetReaderTest.read(
                ConsentImportTemplate.of(form, LocalDate.of(2026, 11, 24)));

        assertEquals(List.of("pseudonym", "form", "version", "signed_on", "witness", "TISSUE", "BLOOD"), sheet.header);
        assertEquals(1, sheet.rows.size(), "only the first sheet is read; the item list is for people");
        ConsentRow example = ConsentRow.of(sheet.rows.get(0));
        assertEquals(ConsentImportTemplate.EXAMPLE_PSEUDONYM, example.pseudonym());
        assertEquals(2, example.formVersion());
        assertEquals(LocalDate.of(2026, 11, 24), example.signedOn());
        assertEquals(Map.of("TISSUE", true, "BLOOD", true), example.answers());
        assertEquals(List.of(), example.unreadable());
    }
}
