package nl.databiobank.lims.it;

import static nl.databiobank.lims.it.ApiErrorsIT.assertJsonError;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.databiobank.lims.it.support.Api;
import nl.databiobank.lims.it.support.DemoLogins;
import nl.databiobank.lims.it.support.Lims;
import nl.databiobank.lims.it.support.Login;
import nl.databiobank.lims.it.support.OnPayara;
import nl.databiobank.lims.it.support.Workbooks;
import nl.databiobank.lims.it.support.Participants;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Import of historic consents from .xlsx (issue 4): all or nothing, a report per bad cell, a template. */
@OnPayara
class ConsentImportIT {

    private static final String IMPORT = "/api/participants/consents/import";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final Api nurse = Participants.nurse();

    @Test
    void aGoodFileImportsEveryRowWithAStandInDocument() {
        String first = Participants.enrol();
        String second = Participants.enrol();
        byte[] file = sheet(
                consentRow(first, LocalDate.of(2026, 9, 1), "ja"),                   // a real date cell, Dutch
                answer(consentRow(second, "2026-09-02", "Y"), "TISSUE", "N"));       // ISO text, no to tissue

        Api.Response imported = upload(DemoLogins.of("nurse"), file, XLSX, "historic 2026.xlsx");

        assertEquals(201, imported.status(), imported::toString);
        assertEquals(2, imported.object().getInt("imported"));
        JsonObject consent = nurse.get(consents(first)).array().getJsonObject(0);
        assertEquals("2026-09-01", consent.getString("signedOn"));
        assertEquals("imported-historic_2026-row-2.pdf", consent.getString("documentName"));
        byte[] document = download(DemoLogins.of("nurse"), consents(first) + "/" + consent.getInt("id") + "/document");
        assertArrayEquals("%PDF-".getBytes(StandardCharsets.US_ASCII), Arrays.copyOf(document, 5));
        assertTrue(Participants.covers(first, "TISSUE,BLOOD", "2026-09-01"));
        assertFalse(Participants.covers(second, "TISSUE", "2026-09-03"), "row 3 said no to tissue");
        assertTrue(Participants.covers(second, "BLOOD", "2026-09-03"));
    }

    @Test
    void aFileWithBadRowsImportsNothingAndReportsExactlyTheBadCells() {
        String good = Participants.enrol();
        String futureSigner = Participants.enrol();
        byte[] file = sheet(
                consentRow(good, "2026-09-01", "yes"),
                answer(consentRow("P-NOBODY", "2026-09-01", "yes"), "TISSUE", null),
                consentRow(futureSigner, LocalDate.now().plusDays(3), "yes"));

        Api.Response refused = upload(DemoLogins.of("nurse"), file, XLSX, "bad.xlsx");

        assertJsonError(400, refused);
        Set<String> fields = refused.object().getJsonArray("details").getValuesAs(JsonObject.class).stream()
                .map(d -> d.getString("field")).collect(Collectors.toSet());
        assertEquals(Set.of("row 3: pseudonym", "row 3: TISSUE", "row 4: signed_on"), fields, refused::toString);
        refused.object().getJsonArray("details").getValuesAs(JsonObject.class)
                .forEach(d -> assertFalse(d.getString("message").isBlank(), refused::toString));
        assertEquals(0, nurse.get(consents(good)).array().size(), "the good row was not saved either");
    }

    @Test
    void aFileThatIsNotAnXlsxIsRefusedWithA400() {
        byte[] csv = "pseudonym,form,version,signed_on\nP000001X,BIOBANK,1,2026-09-01\n".getBytes(StandardCharsets.UTF_8);

        Api.Response refused = upload(DemoLogins.of("nurse"), csv, "text/csv", "consents.csv");

        assertJsonError(400, refused);
        assertEquals("file", refused.object().getJsonArray("details").getJsonObject(0).getString("field"));
    }

    @Test
    void aFileAboveTwentyMegabytesIsRefusedWithA400() {
        Api.Response refused = upload(DemoLogins.of("nurse"), new byte[21 * 1024 * 1024], XLSX, "huge.xlsx");

        assertJsonError(400, refused);
        assertEquals("file", refused.object().getJsonArray("details").getJsonObject(0).getString("field"));
    }

    @Test
    void onlyNursesAndAdministratorsImport() {
        Api.Response refused = upload(DemoLogins.of("technician"), sheet(), XLSX, "x.xlsx");
        assertJsonError(403, refused);
    }

    @Test
    void theTemplateHasTheHeaderAndItsExampleRowImportsOnceFilledIn() throws IOException {
        byte[] template = download(DemoLogins.of("nurse"), "/api/consent-forms/BIOBANK/1/import-template");

        String pseudonym = Participants.enrol();
        byte[] filledIn;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            Sheet sheet = workbook.getSheetAt(0);
            List<String> header = new ArrayList<>();
            sheet.getRow(0).forEach(cell -> header.add(cell.getStringCellValue()));
            assertEquals(List.of("pseudonym", "form", "version", "signed_on", "witness"), header.subList(0, 5));
            assertEquals(Set.of(Participants.ITEMS), Set.copyOf(header.subList(5, header.size())));
            sheet.getRow(1).getCell(0).setCellValue(pseudonym);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            filledIn = out.toByteArray();
        }

        Api.Response imported = upload(DemoLogins.of("nurse"), filledIn, XLSX, "template.xlsx");
        assertEquals(201, imported.status(), imported::toString);
        assertEquals(1, nurse.get(consents(pseudonym)).array().size());
    }

    @Test
    void theTemplateOfAnUnknownFormIsA404() {
        Api.Response missing = nurse.get("/api/consent-forms/NO_SUCH_FORM/1/import-template");
        assertJsonError(404, missing);
    }

    /** A row on the seeded form BIOBANK 1 with the same answer for every item; signedOn a String or LocalDate. */
    static Object[] consentRow(String pseudonym, Object signedOn, String answer) {
        Object[] row = new Object[5 + Participants.ITEMS.length];
        row[0] = pseudonym;
        row[1] = "BIOBANK";
        row[2] = 1;
        row[3] = signedOn;
        for (int i = 0; i < Participants.ITEMS.length; i++) {
            row[5 + i] = answer;
        }
        return row;
    }

    private static Object[] answer(Object[] row, String item, String answer) {
        row[5 + Arrays.asList(Participants.ITEMS).indexOf(item)] = answer;
        return row;
    }

    static byte[] sheet(Object[]... rows) {
        List<String> columns = new ArrayList<>(List.of("pseudonym", "form", "version", "signed_on", "witness"));
        columns.addAll(List.of(Participants.ITEMS));
        return Workbooks.sheet("consents", columns, rows);
    }

    private static Api.Response upload(Login login, byte[] content, String contentType, String fileName) {
        HttpRequest request = authorised(login, Lims.url(IMPORT))
                .header("Content-Type", contentType)
                .header("X-File-Name", fileName)
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(content))
                .build();
        HttpResponse<String> response = send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Api.Response("POST " + request.uri(), response.statusCode(),
                response.headers().firstValue("Content-Type").orElse(""), response.body());
    }

    private static byte[] download(Login login, String path) {
        HttpRequest request = authorised(login, Lims.url(path)).GET().build();
        HttpResponse<byte[]> response = send(request, HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode(), () -> "GET " + path + ": " + new String(response.body(),
                StandardCharsets.UTF_8));
        return response.body();
    }

    private static HttpRequest.Builder authorised(Login login, URI uri) {
        String token = Base64.getEncoder().encodeToString(
                (login.username() + ":" + login.password()).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(120)).header("Authorization", "Basic " + token);
    }

    private static <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) {
        try {
            return HTTP.send(request, body);
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String consents(String pseudonym) {
        return "/api/participants/" + pseudonym + "/consents";
    }
}
