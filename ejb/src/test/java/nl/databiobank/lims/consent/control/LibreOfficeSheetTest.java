package nl.databiobank.lims.consent.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import nl.databiobank.lims.platform.control.XlsxSheetReader;
import nl.databiobank.lims.platform.control.XlsxSheetReaderTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file made by a real spreadsheet program, not by POI: LibreOffice turns a CSV into an .xlsx
 * (recognising the ISO dates as date cells). Skipped where LibreOffice is not installed.
 */
class LibreOfficeSheetTest {

    @TempDir
    Path folder;

    @Test
    void anXlsxSavedByLibreOfficeReads() throws Exception {
        Path libreOffice = Stream.of("/usr/bin/libreoffice", "/usr/bin/soffice").map(Path::of)
                .filter(Files::isExecutable).findFirst().orElse(null);
        assumeTrue(libreOffice != null, "LibreOffice is not installed");
        Path csv = folder.resolve("historic.csv");
        Files.writeString(csv, "pseudonym,form,version,signed_on,witness,TISSUE,BLOOD\n"
                + "P000001X,BIOBANK,1,2026-10-02,,ja,N\n", StandardCharsets.UTF_8);

        Process convert = new ProcessBuilder(libreOffice.toString(), "--headless",
                "-env:UserInstallation=" + folder.resolve("profile").toUri(),
                "--convert-to", "xlsx", "--outdir", folder.toString(), csv.toString())
                .redirectErrorStream(true).redirectOutput(folder.resolve("libreoffice.log").toFile()).start();
        assumeTrue(convert.waitFor(120, TimeUnit.SECONDS) && convert.exitValue() == 0,
                () -> "LibreOffice could not convert: " + log());
        Path xlsx = folder.resolve("historic.xlsx");
        assumeTrue(Files.isRegularFile(xlsx), () -> "LibreOffice wrote no .xlsx: " + log());

        XlsxSheetReaderTest.Collected sheet = new XlsxSheetReaderTest.Collected();
        XlsxSheetReader.read(new ByteArrayInputStream(Files.readAllBytes(xlsx)), sheet);
        ConsentRow row = ConsentRow.of(sheet.rows.get(0));

        assertEquals(2, row.number());
        assertEquals("P000001X", row.pseudonym());
        assertEquals(1, row.formVersion());
        assertEquals(LocalDate.of(2026, 10, 2), row.signedOn());
        assertEquals(Map.of("TISSUE", true, "BLOOD", false), row.answers());
    }

    private String log() {
        try {
            return Files.readString(folder.resolve("libreoffice.log"));
        } catch (IOException e) {
            return "(no log)";
        }
    }
}
