package nl.databiobank.lims.it;

import static nl.databiobank.lims.it.support.Refusals.assertError;
import static nl.databiobank.lims.it.support.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.databiobank.lims.it.support.Api;
import nl.databiobank.lims.it.support.DemoLogins;
import nl.databiobank.lims.it.support.Lims;
import nl.databiobank.lims.it.support.Login;
import nl.databiobank.lims.it.support.OnPayara;
import nl.databiobank.lims.it.support.Workbooks;
import nl.databiobank.lims.it.support.Participants;
import nl.databiobank.lims.it.support.Samples;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Import of paper questionnaires from .xlsx and the export of answers and scores (issue 6): all or
 * nothing with a report per bad cell, a template that imports once filled in, and an export that
 * carries pseudonyms and no identity.
 */
@OnPayara
class QuestionnaireImportIT {

    static final String IMPORT = "/api/questionnaires/QLQ-C30/responses/import";
    static final String EXPORT = "/api/questionnaires/QLQ-C30/responses/export";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final LocalDate TODAY = LocalDate.now();
    static final List<String> FIXED = List.of("pseudonym", "questionnaire", "time point", "completed on");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** This class's own cohort, so that its export holds only what it saved. */
    private static final String COHORT = "Import " + UUID.randomUUID().toString().substring(0, 8);

    private final Api nurse = Participants.nurse();

    @Test
    void aGoodFileSavesEveryRowWithItsScores() {
        String first = participant(TODAY.minusDays(100), TODAY.minusDays(95));
        String second = participant(TODAY.minusDays(30), TODAY.minusDays(20));
        LocalDate firstT0 = TODAY.minusDays(90);
        byte[] file = sheet(
                row(first, "T0", firstT0, complete()),                              // a real date cell
                row(first, "m3", TODAY.toString(), Map.of(29, 7, 30, 7)),           // ISO text, code in lower case
                row(second, "T0", TODAY, complete()));

        Api.Response imported = nurse.postFile(IMPORT, file, XLSX);

        assertEquals(201, imported.status(), imported::toString);
        assertEquals(3, imported.object().getInt("imported"));
        JsonObject t0 = point(first, "T0");
        assertEquals("COMPLETED", t0.getString("status"));
        assertEquals(firstT0.toString(), t0.getJsonObject("response").getString("completedOn"));
        assertEquals(68.72, t0.getJsonObject("response").getJsonObject("scores").getJsonNumber("SUM").doubleValue(), 0.001,
                "the hand-worked response of the scoring tests");
        assertEquals("nurse", t0.getJsonObject("response").getString("enteredBy"));
        JsonObject m3Scores = point(first, "M3").getJsonObject("response").getJsonObject("scores");
        assertEquals(100.0, m3Scores.getJsonNumber("QL2").doubleValue(), 0.001);
        assertFalse(m3Scores.containsKey("PF2") && !m3Scores.isNull("PF2"), "unanswered items leave PF2 missing");
        assertEquals("COMPLETED", point(second, "T0").getString("status"));
    }

    @Test
    void aFileWithOneAnswerOutOfRangeChangesNothingAndNamesTheRowAndCell() {
        String good = participant(TODAY.minusDays(30), TODAY.minusDays(20));
        String bad = participant(TODAY.minusDays(30), TODAY.minusDays(20));
        Map<Integer, Integer> outOfRange = complete();
        outOfRange.put(29, 8);
        byte[] file = sheet(row(good, "T0", TODAY, complete()), row(bad, "T0", TODAY, outOfRange));

        Api.Response refused = nurse.postFile(IMPORT, file, XLSX);

        String message = assertRefused(refused, "row 3: q29");
        assertTrue(message.contains("29") && message.contains("8") && message.contains("7"), message);
        assertEquals(1, refused.object().getJsonArray("details").size(), refused::toString);
        assertEquals("OVERDUE", point(good, "T0").getString("status"), "the good row was not saved either");
        assertEquals("OVERDUE", point(bad, "T0").getString("status"));
    }

    @Test
    void rowsThatCannotBeSavedAreNamedRowByRowInTheCallersLanguage() {
        String answered = participant(TODAY.minusDays(30), TODAY.minusDays(20));
        assertEquals(201, nurse.postFile(IMPORT, sheet(row(answered, "T0", TODAY, complete())), XLSX).status());
        String fresh = participant(TODAY.minusDays(100), TODAY.minusDays(95));
        byte[] file = sheet(
                row("P999999X", "T0", TODAY, complete()),
                row(answered, "T0", TODAY, complete()),
                row(fresh, "M48", TODAY, complete()),
                row(fresh, "M3", TODAY, complete()),
                row(fresh, "M3", TODAY.minusDays(1), complete()),
                row(fresh, "T0", TODAY.plusDays(1), complete()));

        Api.Response refused = nurse.withHeader("Accept-Language", "nl").postFile(IMPORT, file, XLSX);

        assertEquals(400, refused.status(), refused::toString);
        Map<String, String> details = refused.object().getJsonArray("details").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(d -> d.getString("field"), d -> d.getString("message")));
        assertEquals(Set.of("row 2: pseudonym", "row 3: time point", "row 4: time point", "row 6: time point",
                "row 7: completed on"), details.keySet(), refused::toString);
        assertTrue(details.get("row 2: pseudonym").contains("P999999X"), details::toString);
        assertTrue(details.get("row 2: pseudonym").contains("deelnemer"), "in Dutch: " + details);
        assertTrue(details.get("row 6: time point").contains("5"), "names the earlier row: " + details);
        assertNotEquals("COMPLETED", point(fresh, "M3").getString("status"), "nothing was saved");
    }

    @Test
    void theTemplateDownloadsAndImportsOnceFilledIn() throws IOException {
        byte[] template = download(DemoLogins.of("nurse"), "/api/questionnaires/QLQ-C30/responses/import-template");
        String pseudonym = participant(TODAY.minusDays(30), TODAY.minusDays(20));

        byte[] filledIn;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            Sheet sheet = workbook.getSheetAt(0);
            List<String> header = new ArrayList<>();
            sheet.getRow(0).forEach(cell -> header.add(cell.getStringCellValue()));
            assertEquals(FIXED, header.subList(0, 4));
            assertEquals(34, header.size(), "q1..q30");
            assertEquals("q30", header.get(33));
            assertEquals(2, workbook.getNumberOfSheets(), "and a sheet that explains the columns");
            assertRefused(nurse.postFile(IMPORT, template, XLSX), "row 2: pseudonym");  // the example is no participant
            sheet.getRow(1).getCell(0).setCellValue(pseudonym);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            filledIn = out.toByteArray();
        }

        Api.Response imported = nurse.postFile(IMPORT, filledIn, XLSX);
        assertEquals(201, imported.status(), imported::toString);
        assertEquals(TODAY.toString(), point(pseudonym, "T0").getJsonObject("response").getString("completedOn"));
    }

    @Test
    void aFileThatIsNoWorkbookAnUnknownQuestionnaireAndOtherRolesAreRefused() {
        byte[] csv = "pseudonym,questionnaire\nP000001X,QLQ-C30\n".getBytes(StandardCharsets.UTF_8);
        assertRefused(nurse.postFile(IMPORT, csv, "text/csv"), "file");
        assertRefused(nurse.postFile(IMPORT, new byte[0], XLSX), "file");
        assertError(404, nurse.postFile("/api/questionnaires/NO-SUCH/responses/import", sheet(), XLSX));
        assertError(404, nurse.get("/api/questionnaires/NO-SUCH/responses/import-template"));
        assertEquals(403, Samples.technician().postFile(IMPORT, sheet(), XLSX).status());
        assertEquals(403, researcher().postFile(IMPORT, sheet(), XLSX).status());
    }

    @Test
    void theExportHasTheAnswersAndScoresByPseudonymAndNoIdentity() throws IOException {
        String pseudonym = participant(TODAY.minusDays(30), TODAY.minusDays(20));
        assertEquals(201, nurse.postFile(IMPORT, sheet(row(pseudonym, "T0", TODAY, complete())), XLSX).status());

        HttpResponse<byte[]> response = get(DemoLogins.of("nurse"),
                Api.query(EXPORT, "cohort", COHORT, "hospital", "MCL"));

        assertEquals(200, response.statusCode(), () -> new String(response.body(), StandardCharsets.UTF_8));
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith(XLSX));
        assertTrue(response.headers().firstValue("Content-Disposition").orElse("").matches(
                "attachment; filename=\"questionnaire-export-QLQ-C30-.*\\.xlsx\""), response.headers()::toString);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            List<String> header = new ArrayList<>();
            sheet.getRow(0).forEach(cell -> header.add(cell.getStringCellValue()));
            assertEquals(List.of("pseudonym", "cohort", "hospital", "time point", "target date", "completed on",
                    "questionnaire version", "q1"), header.subList(0, 8));
            assertTrue(header.containsAll(List.of("q30", "QL2", "PF2", "FI", "SUM")), header::toString);
            assertFalse(header.stream().map(h -> h.toLowerCase(Locale.ROOT)).anyMatch(h -> h.contains("name")
                    || h.contains("mrn") || h.contains("birth")), header::toString);
            Row row = null;
            for (Row candidate : sheet) {
                if (candidate.getRowNum() > 0 && candidate.getCell(0).getStringCellValue().equals(pseudonym)) {
                    row = candidate;
                }
            }
            assertTrue(row != null, "the saved response is in the export");
            assertEquals(COHORT, row.getCell(1).getStringCellValue());
            assertEquals("MCL", row.getCell(2).getStringCellValue());
            assertEquals("T0", row.getCell(3).getStringCellValue());
            assertEquals(TODAY, row.getCell(5).getLocalDateTimeCellValue().toLocalDate());
            assertEquals(5, row.getCell(header.indexOf("q29")).getNumericCellValue());
            assertEquals(68.72, row.getCell(header.indexOf("SUM")).getNumericCellValue(), 0.001);
            for (Row any : sheet) {
                if (any.getRowNum() > 0) {
                    assertEquals(COHORT, any.getCell(1).getStringCellValue(), "only the cohort asked for");
                }
            }
        }
        String log = Samples.admin().get(Api.query("/api/access-log", "action", "EXPORT_QUESTIONNAIRES",
                "user", "nurse")).body();
        assertTrue(log.contains("cohort=" + COHORT), "the export is in the access log: " + log);
    }

    @Test
    void theExportRefusesUnknownFiltersAndOtherRoles() {
        assertRefused(nurse.get(Api.query(EXPORT, "hospital", "NO-SUCH-HOSPITAL")), "hospital");
        assertError(404, nurse.get("/api/questionnaires/NO-SUCH/responses/export"));
        assertEquals(403, Samples.technician().get(EXPORT).status());
        assertEquals(403, researcher().get(EXPORT).status(), "researchers see participant-level data only in a release");
    }

    // ---- helpers ----

    static Api researcher() {
        return Api.as(DemoLogins.of("researcher"));
    }

    /** Someone in this class's cohort whose consent covers questionnaires, so that their time points are planned. */
    static String participant(LocalDate diagnosed, LocalDate consented) {
        JsonObject enrolment = Json.createObjectBuilder(Participants.enrolment(Participants.newMrn()))
                .add("diagnosisDate", diagnosed.toString()).add("cohort", COHORT).build();
        Api.Response enrolled = Participants.nurse().post("/api/participants", enrolment);
        assertEquals(201, enrolled.status(), enrolled::toString);
        String pseudonym = enrolled.object().getString("pseudonym");
        Api.Response consent = Participants.nurse().post("/api/participants/" + pseudonym + "/consents",
                Participants.consent(consented.toString(), Map.of()));
        assertEquals(201, consent.status(), consent::toString);
        return pseudonym;
    }

    /** Every item answered: the hand-worked response of the scoring tests (SUM 68.72). */
    static Map<Integer, Integer> complete() {
        Map<Integer, Integer> answers = new HashMap<>();
        int[] given = {1, 2, 1, 1, 1, 2, 2, 3, 2, 2, 1, 3, 2, 1, 1, 4, 1, 4, 3, 1, 2, 2, 3, 1, 2, 1, 1, 2, 5, 6};
        for (int i = 0; i < given.length; i++) {
            answers.put(i + 1, given[i]);
        }
        return answers;
    }

    /** A row of the sheet; {@code completedOn} a LocalDate (a date cell) or a String (text). */
    static Object[] row(String pseudonym, String point, Object completedOn, Map<Integer, Integer> answers) {
        Object[] row = new Object[4 + 30];
        row[0] = pseudonym;
        row[1] = "QLQ-C30";
        row[2] = point;
        row[3] = completedOn;
        answers.forEach((item, answer) -> row[3 + item] = answer);
        return row;
    }

    /** A workbook with the header the import expects and these rows, as POI writes it. */
    static byte[] sheet(Object[]... rows) {
        List<String> columns = new ArrayList<>(FIXED);
        for (int item = 1; item <= 30; item++) {
            columns.add("q" + item);
        }
        return Workbooks.sheet("responses", columns, rows);
    }

    private JsonObject point(String pseudonym, String code) {
        Api.Response schedule = nurse.get("/api/participants/" + pseudonym + "/questionnaires");
        assertEquals(200, schedule.status(), schedule::toString);
        return schedule.object().getJsonArray("timePoints").getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("code").equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no time point " + code + " for " + pseudonym));
    }

    private static byte[] download(Login login, String path) {
        HttpResponse<byte[]> response = get(login, path);
        assertEquals(200, response.statusCode(), () -> "GET " + path + ": "
                + new String(response.body(), StandardCharsets.UTF_8));
        return response.body();
    }

    private static HttpResponse<byte[]> get(Login login, String path) {
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
