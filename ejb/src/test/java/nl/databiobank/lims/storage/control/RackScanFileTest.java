package nl.databiobank.lims.storage.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.databiobank.lims.barcode.IdentifierScheme;
import nl.databiobank.lims.barcode.InvalidReason;
import nl.databiobank.lims.storage.entity.GridPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RackScanFileTest {

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] withBom(String text) {
        byte[] body = bytes(text);
        byte[] file = new byte[UTF8_BOM.length + body.length];
        System.arraycopy(UTF8_BOM, 0, file, 0, UTF8_BOM.length);
        System.arraycopy(body, 0, file, UTF8_BOM.length, body.length);
        return file;
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = RackScanFileTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }

    private static GridPosition at(String name) {
        return GridPosition.parseOrNull(name);
    }

    private static List<RackScanProblem> refusal(byte[] file, int rows, int columns) {
        return assertThrows(RackScanRefused.class, () -> RackScanFile.read(file, rows, columns)).problems();
    }

    /** "line key" of every problem, to assert a whole refusal in one line. */
    private static List<String> linesAndKeys(List<RackScanProblem> problems) {
        return problems.stream().map(p -> p.line() + " " + p.key()).toList();
    }

    private static RackScanProblem onlyProblem(byte[] file, int rows, int columns) {
        List<RackScanProblem> problems = refusal(file, rows, columns);
        assertEquals(1, problems.size(), problems::toString);
        return problems.get(0);
    }

    // --- the shapes ---------------------------------------------------------------------------

    @Test
    void readsAVisionMate96ExportWithItsRackIdAndNoTubeAndNoRead() throws IOException {
        // Date,Time,LocationCell,LocationColumn,LocationRow,TubeCode,RackID with CRLF, as VisionMate writes it
        RackScan scan = RackScanFile.read(resource("visionmate-96.csv"), 8, 12);

        assertEquals("B0000000422", scan.rackBarcode());
        assertEquals(96, scan.tubes().size());
        assertEquals(ScannedTube.read(2, at("A1"), "S000001001N"), scan.tubes().get(0));
        assertEquals(ScannedTube.read(13, at("A12"), "S000001012H"), scan.tubes().get(11));
        assertEquals(ScannedTube.unreadable(85, at("G12")), scan.tubes().get(83));
        assertEquals(ScannedTube.empty(96, at("H11")), scan.tubes().get(94));
        assertEquals(ScannedTube.empty(97, at("H12")), scan.tubes().get(95));
        assertEquals(93, scan.tubes().stream().filter(ScannedTube::hasBarcode).count());
    }

    @Test
    void readsVisionMateTabsInAnotherColumnOrderAndNormalisesTheBarcodes() {
        // VisionMate lets the user choose and order its columns; its text export is tab-separated
        String file = """
                TubeCode\tRackID\tLocationCell\tLocationColumn\tLocationRow\tTime\tDate
                 s000001001n \tb0000000422\tA1\t1\tA\t113919\t20261124
                No Tube\tb0000000422\tA2\t2\tA\t113919\t20261124
                NOTUBE\tb0000000422\tB1\t1\tB\t113919\t20261124
                NO READ\tb0000000422\tB2\t2\tB\t113919\t20261124
                """;

        RackScan scan = RackScanFile.read(bytes(file), 2, 2);

        assertEquals("B0000000422", scan.rackBarcode());
        assertEquals(List.of(ScannedTube.read(2, at("A1"), "S000001001N"), ScannedTube.empty(3, at("A2")),
                ScannedTube.empty(4, at("B1")), ScannedTube.unreadable(5, at("B2"))), scan.tubes());
    }

    @Test
    void readsVisionMateByLocationCellWhenRowAndColumnAreNotExported() {
        String file = "locationcell,TUBECODE\nA01,S000001001N\nA02,\n";

        RackScan scan = RackScanFile.read(bytes(file), 1, 2);

        assertNull(scan.rackBarcode());
        assertEquals(List.of(ScannedTube.read(2, at("A1"), "S000001001N"), ScannedTube.empty(3, at("A2"))),
                scan.tubes());
    }

    @Test
    void takesTheRackFromAVisionMatePreambleWhenThereIsNoRackColumn() {
        String file = """
                Date: 24November2026 09:30:11,,
                Rack: B0000000422,,
                LocationRow,LocationColumn,TubeCode
                A,1,S000001001N
                A,2,S000001002L
                """;

        RackScan scan = RackScanFile.read(bytes(file), 1, 2);

        assertEquals("B0000000422", scan.rackBarcode());
        assertEquals(List.of(ScannedTube.read(4, at("A1"), "S000001001N"),
                ScannedTube.read(5, at("A2"), "S000001002L")), scan.tubes());
    }

    @Test
    void readsAPlainExportOfA9x9BoxWithTheRackBarcodeOnLine1() {
        String file = """
                B0000000078
                Position,Tube ID
                A01,S0000020017
                A02,
                A03,No Tube
                E05,S0000020025
                I09,S000002005*


                """;

        RackScan scan = RackScanFile.read(bytes(file), 9, 9);

        assertEquals("B0000000078", scan.rackBarcode());
        assertEquals(List.of(ScannedTube.read(3, at("A1"), "S0000020017"), ScannedTube.empty(4, at("A2")),
                ScannedTube.empty(5, at("A3")), ScannedTube.read(6, at("E5"), "S0000020025"),
                ScannedTube.read(7, at("I9"), "S000002005*")), scan.tubes());
    }

    @Test
    void readsAPlainExportOfA10x10BoxSavedByDutchExcel() {
        // BOM, semicolons, CRLF, quotes, a header in other case, an extra column, and Excel's empty rows below
        String file = "\"B0000000086\";;\r\n"
                + "POSITION;tube id;Opmerking\r\n"
                + "\"A1\";\"S0000020033\";\"hemolytisch; opnieuw afnemen\"\r\n"
                + "A10;K000000001H;\r\n"
                + "\"J10\";\"k000000002f\";\"zegt \"\"ok\"\"\"\r\n"
                + ";;\r\n"
                + ";;\r\n";

        RackScan scan = RackScanFile.read(withBom(file), 10, 10);

        assertEquals("B0000000086", scan.rackBarcode());
        assertEquals(List.of(ScannedTube.read(3, at("A1"), "S0000020033"),
                ScannedTube.read(4, at("A10"), "K000000001H"),
                ScannedTube.read(5, at("J10"), "K000000002F")), scan.tubes());
    }

    @Test
    void readsALabelledRackLineAndLoneCarriageReturns() {
        String file = "Rack ID;B0000000086\rPosition;Tube ID\rB2;S0000020041\r";

        RackScan scan = RackScanFile.read(bytes(file), 2, 2);

        assertEquals("B0000000086", scan.rackBarcode());
        assertEquals(List.of(ScannedTube.read(3, at("B2"), "S0000020041")), scan.tubes());
    }

    @ParameterizedTest
    @ValueSource(strings = {"B0000000086", "b0000000086;;", "\"B0000000086\",,", "Rack: B0000000086",
        "RACK_ID;B0000000086", "Rack:;B0000000086", "Rack barcode,B0000000086"})
    void readsTheRackLineInEveryForm(String rackLine) {
        String file = "Date: 24-11-2026 09:30\n" + rackLine + "\nPosition,Tube ID\nA1,S0000020041\n";

        assertEquals("B0000000086", RackScanFile.read(bytes(file), 1, 1).rackBarcode());
    }

    @Test
    void aPlainExportWithoutItsRackLineHasNoRackBarcode() {
        RackScan scan = RackScanFile.read(bytes("Position,Tube ID\nA1,S0000020041\n"), 1, 1);

        assertNull(scan.rackBarcode());
        assertEquals(1, scan.tubes().size());
    }

    @Test
    void readsAUtf16FileAsExcelSavesUnicodeText() {
        byte[] body = "Position\tTube ID\r\nA1\tS0000020041\r\n".getBytes(StandardCharsets.UTF_16LE);
        byte[] file = new byte[body.length + 2];
        file[0] = (byte) 0xFF;
        file[1] = (byte) 0xFE;
        System.arraycopy(body, 0, file, 2, body.length);

        assertEquals(List.of(ScannedTube.read(2, at("A1"), "S0000020041")), RackScanFile.read(file, 1, 1).tubes());
    }

    // --- refusals -----------------------------------------------------------------------------

    @Test
    void refusesAFileWithoutAKnownHeader() {
        RackScanProblem problem = onlyProblem(bytes("\n\nWell,Barcode\nA1,S0000020041\n"), 8, 12);

        assertEquals(3, problem.line());
        assertEquals("file", problem.field());
        assertEquals("rackScan.shape.unknown", problem.key());
    }

    @Test
    void refusesAHeaderBelowMoreThanAFewLinesOfPreamble() {
        String file = "a\nb\nc\nd\ne\nPosition,Tube ID\nA1,S0000020041\n";

        assertEquals(List.of("1 rackScan.shape.unknown"), linesAndKeys(refusal(bytes(file), 8, 12)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " \r\n\r\n", ";;;\r\n;;;\r\n"})
    void refusesAnEmptyFile(String text) {
        RackScanProblem problem = onlyProblem(bytes(text), 8, 12);

        assertEquals(1, problem.line());
        assertEquals("rackScan.file.empty", problem.key());
    }

    @Test
    void refusesAFileWithNothingButABom() {
        assertEquals("rackScan.file.empty", onlyProblem(UTF8_BOM, 8, 12).key());
    }

    @Test
    void refusesAHeaderWithoutTubeLines() {
        RackScanProblem problem = onlyProblem(bytes("B0000000086\nPosition,Tube ID\n\n"), 8, 12);

        assertEquals(2, problem.line());
        assertEquals("rackScan.file.empty", problem.key());
    }

    @Test
    void refusesWhatIsNoPosition() {
        String file = """
                LocationRow,LocationColumn,TubeCode
                A,1x,S0000020017
                ,,S0000020025
                AA,1,S0000020033
                """;

        List<RackScanProblem> problems = refusal(bytes(file), 8, 12);

        assertEquals(List.of("2 rackScan.position.invalid", "3 rackScan.position.invalid",
                "4 rackScan.position.invalid"), linesAndKeys(problems));
        assertEquals("position", problems.get(0).field());
        assertArrayEquals(new Object[] {"A1x"}, problems.get(0).arguments());
    }

    @Test
    void refusesAPositionOutsideTheBox() {
        String file = "Position,Tube ID\nA1,S0000020017\nJ1,S0000020025\nA10,S0000020033\n";

        List<RackScanProblem> problems = refusal(bytes(file), 9, 9);

        assertEquals(List.of("3 rackScan.position.outsideBox", "4 rackScan.position.outsideBox"),
                linesAndKeys(problems));
        assertArrayEquals(new Object[] {"J1", 9, 9, "I9"}, problems.get(0).arguments());
    }

    @Test
    void refusesTheSamePositionTwice() {
        String file = "Position,Tube ID\nA1,S0000020017\nB1,\nA01,S0000020025\n";

        RackScanProblem problem = onlyProblem(bytes(file), 8, 12);

        assertEquals(4, problem.line());
        assertEquals("rackScan.position.twice", problem.key());
        assertArrayEquals(new Object[] {"A1", 2}, problem.arguments());
    }

    @Test
    void refusesTheSameTubeTwiceHoweverItIsWritten() {
        String file = "Position,Tube ID\nA1,S0000020017\nA2,s0000020017 \n";

        RackScanProblem problem = onlyProblem(bytes(file), 8, 12);

        assertEquals(3, problem.line());
        assertEquals("tube", problem.field());
        assertEquals("rackScan.tube.twice", problem.key());
        assertArrayEquals(new Object[] {"S0000020017", 2}, problem.arguments());
    }

    @Test
    void refusesATubeWithAWrongCheckCharacterAndSaysWhy() {
        String file = "Position,Tube ID\nA1,S000000123J\nA2,S000000123K\n";

        RackScanProblem problem = onlyProblem(bytes(file), 8, 12);

        assertEquals(3, problem.line());
        assertEquals("rackScan.tube.invalid", problem.key());
        assertEquals("S000000123K", problem.arguments()[0]);
        assertTrue(problem.arguments()[1].toString().contains("wrong check character"), problem::toString);
        assertEquals(InvalidReason.WRONG_CHECK_CHARACTER, problem.arguments()[2]);
    }

    @Test
    void refusesWhatIsNoBarcodeAtAll() {
        String file = "Position,Tube ID\nA1,ERROR\nA2,S-123\n";

        List<RackScanProblem> problems = refusal(bytes(file), 8, 12);

        assertEquals(List.of("2 rackScan.tube.invalid", "3 rackScan.tube.invalid"), linesAndKeys(problems));
        assertEquals(InvalidReason.ILLEGAL_CHARACTER, problems.get(1).arguments()[2]);
    }

    @Test
    void refusesATubeOfAnotherKindWhenTheSchemeIsStricter() {
        String file = "Position,Tube ID\nA1,S0000020017\nA2,B0000000078\n";
        IdentifierScheme samples = IdentifierScheme.of(9, "S", "K");

        RackScanRefused refused = assertThrows(RackScanRefused.class,
                () -> RackScanFile.read(bytes(file), 8, 12, samples));

        assertEquals(List.of("3 rackScan.tube.invalid"), linesAndKeys(refused.problems()));
        assertEquals(InvalidReason.WRONG_PREFIX, refused.problems().get(0).arguments()[2]);
    }

    @Test
    void refusesMoreTubeLinesThanTheBoxHasPositions() {
        String file = "Position,Tube ID\nA1,\nA2,\nB1,\n\nB2,\nC1,\nC2,\n";

        RackScanProblem problem = onlyProblem(bytes(file), 2, 2);

        assertEquals(7, problem.line());
        assertEquals("rackScan.file.tooLong", problem.key());
        assertArrayEquals(new Object[] {4, 2, 2}, problem.arguments());
    }

    @Test
    void refusesTubesOfTwoRacksInOneFile() {
        String file = """
                LocationRow,LocationColumn,TubeCode,RackID
                A,1,S0000020017,B0000000078
                A,2,S0000020025,B0000000078
                B,1,S0000020033,B0000000086
                """;

        RackScanProblem problem = onlyProblem(bytes(file), 8, 12);

        assertEquals(4, problem.line());
        assertEquals("rack", problem.field());
        assertEquals("rackScan.rack.differs", problem.key());
        assertArrayEquals(new Object[] {"B0000000086", "B0000000078", 2}, problem.arguments());
    }

    @Test
    void collectsEveryProblemOfTheFileInLineOrder() {
        String file = """
                B0000000078
                Position,Tube ID
                A1,S0000020017
                A1,S0000020025
                K1,S0000020033
                B1,S0000020017
                B2,S0000020040
                ??,S0000020041
                B3,No Read
                """;

        List<RackScanProblem> problems = refusal(bytes(file), 9, 9);

        assertEquals(List.of("4 rackScan.position.twice", "5 rackScan.position.outsideBox", "6 rackScan.tube.twice",
                "7 rackScan.tube.invalid", "8 rackScan.position.invalid"), linesAndKeys(problems));
    }

    @Test
    void quotesBackAtMostAShortPieceOfAWrongField() {
        String file = "Position,Tube ID\nA1," + "X".repeat(5000) + "\n";

        RackScanProblem problem = onlyProblem(bytes(file), 8, 12);

        assertEquals(40, problem.arguments()[0].toString().length());
        assertTrue(problem.arguments()[1].toString().length() <= 200, problem::toString);
    }

    @Test
    void aBoxMustHaveAGrid() {
        assertThrows(IllegalArgumentException.class, () -> RackScanFile.read(bytes("Position,Tube ID\n"), 0, 12));
        assertThrows(IllegalArgumentException.class, () -> RackScanFile.read(bytes("Position,Tube ID\n"), 27, 12));
    }
}
