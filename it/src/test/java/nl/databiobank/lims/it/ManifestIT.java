package nl.databiobank.lims.it;

import static nl.databiobank.lims.it.support.Refusals.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import nl.databiobank.lims.it.support.Api;
import nl.databiobank.lims.it.support.Database;
import nl.databiobank.lims.it.support.DemoLogins;
import nl.databiobank.lims.it.support.Lims;
import nl.databiobank.lims.it.support.Login;
import nl.databiobank.lims.it.support.OnPayara;
import nl.databiobank.lims.it.support.Requests;
import nl.databiobank.lims.it.support.Users;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The shipment manifest (issue 7): the shipped samples under study pseudonyms, with only the data that
 * both the request and the shipment's approval name — QLQ-C30 scores of the collection's time point,
 * the age at collection — and never identity; as .xlsx and as PDF.
 */
@OnPayara
class ManifestIT {

    private static final LocalDate TODAY = LocalDate.now();
    private static final String PHYSICIAN = "Dr. A. de Vries";
    private static final String BIRTH_DATE = "1958-06-15"; // Participants.enrolment
    private static final String NAME = "Test Persoon";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final Api technician = Api.as(DemoLogins.of("technician"));

    @Test
    void theManifestCarriesStudyPseudonymsScoresOfTheMatchingTimePointAndAgeButNoIdentity() throws IOException {
        Login lead = Users.create("pi", "RESEARCHER");
        String type = Requests.newSampleType();
        String study = Requests.study(lead, List.of(type), List.of("BLOOD"), TODAY.minusDays(30), TODAY.plusYears(1),
                List.of("QUESTIONNAIRE_SCORES", "AGE_AT_COLLECTION", "SEX", "DIAGNOSIS", "COLLECTION_DATE"));
        String pseudonym = Requests.participant(PHYSICIAN, Map.of());
        JsonObject baselineScores = answerBaseline(pseudonym);
        // collected at BASELINE (as Samples.collection records it), so the T0 answers go with it
        String tube = Requests.collect(pseudonym, "2026-10-01T09:30", type + ":1.0").get(0);
        long id = Requests.approved(Api.as(lead), request(study, type,
                List.of("QUESTIONNAIRE_SCORES", "AGE_AT_COLLECTION", "DIAGNOSIS", "COLLECTION_DATE")));

        assertTrue(assertError(404, technician.get(manifest(id, "xlsx"))).contains("not been shipped"),
                "no manifest before the shipment");
        ship(lead, id, tube);

        String studyPseudonym = Api.as(lead).get("/api/requests/" + id + "/usage").array().getJsonObject(0)
                .getString("studyPseudonym");
        HttpResponse<byte[]> download = download(lead, manifest(id, "xlsx"));
        assertEquals(200, download.statusCode(), () -> new String(download.body(), StandardCharsets.UTF_8));
        assertTrue(download.headers().firstValue("Content-Type").orElse("").startsWith(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), download::toString);
        assertTrue(download.headers().firstValue("Content-Disposition").orElse("")
                .matches("attachment; filename=\"manifest-R" + id + "-" + study + "\\.xlsx\""), download::toString);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            int h = tableHeader(sheet);
            List<String> header = texts(sheet.getRow(h));
            assertEquals(List.of("Study pseudonym", "Barcode", "Sample type", "Quantity", "Unit", "Collection date",
                    "Age at collection", "Diagnosis (ICD-10)"), header.subList(0, 8),
                    "SEX is allowed but was not asked for: no column");
            List<String> row = texts(sheet.getRow(h + 1));
            assertEquals(studyPseudonym, row.get(0), "the study pseudonym the recipient knows");
            assertEquals(tube, row.get(1));
            assertEquals(type, row.get(2));
            assertEquals("1", row.get(3));
            assertEquals("mL", row.get(4));
            assertEquals("2026-10-01", row.get(5));
            assertEquals("68", row.get(6), "born 1958-06-15, collected 2026-10-01");
            assertEquals("C18.7", row.get(7));

            List<String> scales = header.subList(8, header.size());
            assertEquals(new ArrayList<>(baselineScores.keySet()), scales, "every QLQ-C30 scale, a column each");
            assertTrue(scales.containsAll(List.of("QL2", "PF2", "SUM")), scales::toString);
            for (String scale : scales) {
                Cell cell = sheet.getRow(h + 1).getCell(header.indexOf(scale));
                if (baselineScores.isNull(scale)) {
                    assertTrue(cell == null || texts(cell).isEmpty(), scale + " could not be scored: blank");
                } else {
                    assertEquals(baselineScores.getJsonNumber(scale).bigDecimalValue().doubleValue(),
                            cell.getNumericCellValue(), 0.005, scale);
                }
            }
            assertEquals(83.33, cell(sheet, h + 1, header.indexOf("QL2")).getNumericCellValue(), 0.005);
            assertEquals(66.67, cell(sheet, h + 1, header.indexOf("PF2")).getNumericCellValue(), 0.005);
            assertTrue(cell(sheet, h + 1, header.indexOf("DI")) == null, "item 17 unanswered: DI blank");
            assertEquals("1", headerValue(sheet, "Samples"));
            assertEquals("1", headerValue(sheet, "Participants"));
            assertTrue(headerValue(sheet, "Study").startsWith(study));

            List<String> everything = allTexts(sheet);
            for (String identity : List.of(pseudonym, NAME, BIRTH_DATE)) {
                assertTrue(everything.stream().noneMatch(text -> text.contains(identity)),
                        "no cell holds " + identity + ": " + everything);
            }
        }
        assertTrue(ageLookups(id) >= 1, "the age was read through the access log, for this manifest");

        HttpResponse<byte[]> pdf = download(lead, manifest(id, "pdf"));
        assertEquals(200, pdf.statusCode());
        assertEquals("%PDF", new String(pdf.body(), 0, 4, StandardCharsets.US_ASCII));
        assertTrue(pdf.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"));
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains(studyPseudonym), text);
            assertTrue(text.contains(tube), text);
            assertFalse(text.contains(pseudonym) || text.contains(NAME) || text.contains(BIRTH_DATE), text);
        }

        Login stranger = Users.create("pi", "RESEARCHER");
        assertError(404, Api.as(stranger).get(manifest(id, "xlsx")));
        assertEquals(403, Requests.nurse().get(manifest(id, "pdf")).status(), "not the nurses' business");
        assertEquals(200, download(DemoLogins.of("ethics"), manifest(id, "pdf")).statusCode());
        assertEquals(404, download(lead, "/api/requests/" + id + "/manifest.csv").statusCode());
    }

    @Test
    void scoresTheApprovalDoesNotAllowStayOutEvenWhenRequested() throws IOException {
        Login lead = Users.create("pi", "RESEARCHER");
        String type = Requests.newSampleType();
        String study = Requests.study(lead, List.of(type), List.of("BLOOD"), TODAY.minusDays(30), TODAY.plusYears(1),
                List.of("AGE_AT_COLLECTION"));
        String pseudonym = Requests.participant(PHYSICIAN, Map.of());
        answerBaseline(pseudonym);
        String tube = Requests.collect(pseudonym, "2026-10-01T09:30", type + ":1.0").get(0);
        long id = Requests.approved(Api.as(lead), request(study, type,
                List.of("QUESTIONNAIRE_SCORES", "AGE_AT_COLLECTION", "SEX")));
        ship(lead, id, tube);

        HttpResponse<byte[]> download = download(DemoLogins.of("technician"), manifest(id, "xlsx"));
        assertEquals(200, download.statusCode());
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            int h = tableHeader(sheet);
            assertEquals(List.of("Study pseudonym", "Barcode", "Sample type", "Quantity", "Unit", "Age at collection"),
                    texts(sheet.getRow(h)), "no score columns, no sex: the approval allows only the age");
            assertEquals(6, texts(sheet.getRow(h + 1)).size());
            assertEquals("68", texts(sheet.getRow(h + 1)).get(5));
            assertEquals("age at collection", headerValue(sheet, "Data released"));
        }
    }

    /** T0 answered on 2026-09-20: items 1-28 "2" but item 17 left out, items 29-30 "6"; answers the scores. */
    private static JsonObject answerBaseline(String pseudonym) {
        JsonObjectBuilder answers = Json.createObjectBuilder();
        for (int item = 1; item <= 30; item++) {
            if (item != 17) {
                answers.add(String.valueOf(item), item <= 28 ? 2 : 6);
            }
        }
        Api.Response saved = Requests.nurse().post("/api/participants/" + pseudonym + "/questionnaires/T0",
                Json.createObjectBuilder().add("completedOn", "2026-09-20").add("answers", answers).build());
        assertEquals(201, saved.status(), saved::toString);
        return saved.object().getJsonObject("response").getJsonObject("scores");
    }

    private static JsonObject request(String study, String type, List<String> dataItems) {
        return Json.createObjectBuilder(Requests.request(study, type, 0.5, 1))
                .add("dataItems", Requests.array(dataItems)).build();
    }

    private static void ship(Login lead, long id, String barcode) {
        Requests.ship(id, barcode, PHYSICIAN, "Lab of " + lead.username(), "Hanzeplein 1\nGroningen");
    }

    private static String manifest(long id, String format) {
        return "/api/requests/" + id + "/manifest." + format;
    }

    private static int tableHeader(Sheet sheet) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && "Study pseudonym".equals(row.getCell(0).toString())) {
                return row.getRowNum();
            }
        }
        throw new AssertionError("no table in the manifest");
    }

    private static String headerValue(Sheet sheet, String label) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && label.equals(row.getCell(0).toString())) {
                return row.getCell(1).getStringCellValue();
            }
        }
        throw new AssertionError("no line " + label);
    }

    private static Cell cell(Sheet sheet, int row, int column) {
        return sheet.getRow(row).getCell(column);
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
            texts.add(row.getCell(c) == null ? "" : texts(row.getCell(c)));
        }
        return texts;
    }

    private static String texts(Cell cell) {
        return new DataFormatter().formatCellValue(cell);
    }

    private static List<String> allTexts(Sheet sheet) {
        List<String> all = new ArrayList<>();
        sheet.forEach(row -> row.forEach(cell -> all.add(texts(cell))));
        return all;
    }

    /** Access-log entries that say an age was read for this request's manifest. */
    private static int ageLookups(long id) {
        try (Connection db = Database.connect(); PreparedStatement query = db.prepareStatement(
                "SELECT count(*) FROM access_log WHERE action = 'VIEW_AGE' AND details LIKE ?")) {
            query.setString(1, "%manifest of request " + id);
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getInt(1);
            }
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
    }

    private static HttpResponse<byte[]> download(Login login, String path) {
        String token = Base64.getEncoder().encodeToString(
                (login.username() + ":" + login.password()).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(Lims.url(path)).timeout(Duration.ofSeconds(120))
                .header("Authorization", "Basic " + token).GET().build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException("GET " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
