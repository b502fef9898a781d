package nl.databiobank.lims.questionnaire.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import nl.databiobank.lims.platform.control.XlsxSheetReader;
import nl.databiobank.lims.platform.control.XlsxSheetReaderTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A response sheet made by a real spreadsheet program, not by POI: LibreOffice turns a CSV into an
 * .xlsx (the ISO date becomes a date cell, the answers number cells). Skipped where it is not installed.
 */
class LibreOfficeResponseSheetTest {

    @TempDir
    Path folder;

    @Test
    void aResponseSheetSavedByLibreOfficeReads() throws Exception {
        Path libreOffice = Stream.of("/usr/bin/libreoffice", "/usr/bin/soffice").map(Path::of)
                .filter(Files::isExecutable).findFirst().orElse(null);
        assumeTrue(libreOffice != null, "LibreOffice is not installed");
        Path csv = folder.resolve("responses.csv");
        Files.writeString(csv, "pseudonym,questionnaire,time point,completed on,q1,q2,q29,q30\n"
                + "P000123X,QLQ-C30,M3,2026-10-02,2,,6,7\n", StandardCharsets.UTF_8);

        Process convert = new ProcessBuilder(libreOffice.toString(), "--headless",
                "-env:UserInstallation=" + folder.resolve("profile").toUri(),
                "--convert-to", "xlsx", "--outdir", folder.toString(), csv.toString())
                .redirectErrorStream(true).redirectOutput(folder.resolve("libreoffice.log").toFile()).start();
        assumeTrue(convert.waitFor(120, TimeUnit.SECONDS) && convert.exitValue() == 0, "LibreOffice could not convert");
        Path xlsx = folder.resolve("responses.xlsx");
        assumeTrue(Files.isRegularFile(xlsx), "LibreOffice wrote no .xlsx");

        XlsxSheetReaderTest.Collected sheet = new XlsxSheetReaderTest.Collected();
        XlsxSheetReader.read(new ByteArrayInputStream(Files.readAllBytes(xlsx)), sheet);
        ResponseRow row = ResponseRow.of(sheet.rows.get(0));

        assertEquals(List.of(), ResponseColumns.problems(sheet.header, Qlqc30.definition()));
        assertEquals(2, row.number());
        assertEquals("P000123X", row.pseudonym());
        assertEquals("M3", row.pointCode());
        assertEquals(LocalDate.of(2026, 10, 2), row.completedOn());
        assertEquals(Map.of(1, 2, 29, 6, 30, 7), row.answers(), "the empty q2 is unanswered");
        assertEquals(List.of(), row.unreadable());
    }
}
