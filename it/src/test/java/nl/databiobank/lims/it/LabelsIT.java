package nl.databiobank.lims.it;

import static nl.databiobank.lims.it.support.Refusals.assertError;
import static nl.databiobank.lims.it.support.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import nl.databiobank.lims.barcode.Identifier;
import nl.databiobank.lims.barcode.decode.BarcodeReader;
import nl.databiobank.lims.barcode.decode.DecodedBarcode;
import nl.databiobank.lims.it.support.Api;
import nl.databiobank.lims.it.support.DemoLogins;
import nl.databiobank.lims.it.support.Lims;
import nl.databiobank.lims.it.support.Login;
import nl.databiobank.lims.it.support.OnPayara;
import nl.databiobank.lims.it.support.Samples;
import nl.databiobank.lims.it.support.Users;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Labels of samples, collections and boxes as PNG, PDF sheet and ZPL, read back as a scanner
 * would; and printing to a network printer, played by a socket of this test.
 */
@OnPayara
class LabelsIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final Pattern ZPL_BARCODE = Pattern.compile("\\^(?:BX|BC)[^\\n]*\\^FD([^^]+)\\^FS");

    private static final Login TECHNICIAN = DemoLogins.of("technician");
    private static final Api technician = Api.as(TECHNICIAN);
    private static final Api admin = Samples.admin();

    private static String pseudonym;
    private static long collection;
    /** The primary samples of the collection, then the aliquots of the first. */
    private static List<String> tubes;

    @BeforeAll
    static void aCollectionWithAliquots() {
        pseudonym = Samples.consentedParticipant(Map.of());
        Api.Response registered = technician.post(Samples.collections(pseudonym),
                Samples.collection("2026-10-01T09:30", "SERUM:2", "PLASMA_EDTA:3", "TISSUE_FF:40"));
        assertEquals(201, registered.status(), registered::toString);
        collection = registered.object().getJsonNumber("id").longValue();
        List<String> primary = registered.object().getJsonArray("barcodes").getValuesAs(JsonString::getString);
        Api.Response aliquots = technician.post("/api/samples/" + primary.get(0) + "/aliquots",
                Json.createObjectBuilder().add("count", 2).add("quantity", 0.5).build());
        assertEquals(201, aliquots.status(), aliquots::toString);
        tubes = new ArrayList<>(primary);
        tubes.addAll(aliquots.object().getJsonArray("barcodes").getValuesAs(JsonString::getString));
    }

    @Test
    void aSampleLabelAsPngDecodesToExactlyItsBarcode() {
        String barcode = tubes.get(0);
        Download png = download("/api/samples/" + barcode + "/label?format=png");

        assertEquals(200, png.status(), png::toString);
        assertEquals("image/png", png.contentType());
        assertEquals(List.of(barcode), decode(png.body()));
    }

    @Test
    void aSampleLabelAsPdfIsAPdfWhosePageDecodesToItsBarcode() throws IOException {
        String barcode = tubes.get(1);
        Download pdf = download("/api/samples/" + barcode + "/label?format=pdf");

        assertEquals(200, pdf.status(), pdf::toString);
        assertEquals("application/pdf", pdf.contentType());
        assertEquals("%PDF-", new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII));
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertEquals(1, document.getNumberOfPages());
            assertEquals(List.of(barcode), decode(render(document, 0)));
        }
    }

    @Test
    void aSampleLabelAsZplCarriesTheBarcodeTheTypeAndThePseudonymButNoIdentity() {
        String barcode = tubes.get(0);
        Download zpl = download("/api/samples/" + barcode + "/label?format=zpl");

        assertEquals(200, zpl.status(), zpl::toString);
        assertTrue(zpl.contentType().startsWith("text/plain"), zpl::toString);
        String text = zpl.text();
        assertTrue(text.startsWith("^XA"), text);
        assertTrue(text.contains("^FD" + barcode + "^FS"), text);
        assertEquals(List.of(barcode), barcodesIn(text));
        assertTrue(text.contains("^FD" + pseudonym + "^FS"), "the pseudonym: " + text);
        assertTrue(text.contains("^FDSerum^FS"), "the sample type: " + text);
        assertTrue(text.contains("^FD2026-10-01^FS") && text.contains("^FDBASELINE^FS"), "date and time point: " + text);
        // Participants.enrolment(...) enrols everyone as "Test Persoon", born 1958-06-15.
        assertFalse(text.contains("Persoon") || text.contains("1958"), "never the identity: " + text);
    }

    @Test
    void aCollectionsPdfHoldsTheLabelsOfAllItsTubesAndItsZplOneFormatEach() throws IOException {
        Download pdf = download("/api/collections/" + collection + "/labels?format=pdf");

        assertEquals(200, pdf.status(), pdf::toString);
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertEquals(tubes, decode(render(document, 0)), "read row by row, in the order of the tubes");
        }
        Download zpl = download("/api/collections/" + collection + "/labels?format=zpl");
        assertEquals(200, zpl.status(), zpl::toString);
        assertEquals(tubes, barcodesIn(zpl.text()));
        assertEquals(tubes.size(), zpl.text().split("\\^XZ", -1).length - 1, zpl::toString);
    }

    @Test
    void aBoxLabelDecodesToTheBoxBarcodeAndCarriesItsNameAndType() throws IOException {
        String box = Samples.newBox("GRID9X9");
        Download png = download("/api/storage/boxes/" + box + "/label?format=png");
        assertEquals(200, png.status(), png::toString);
        assertEquals(List.of(box), decode(png.body()));

        Download pdf = download("/api/storage/boxes/" + box + "/label?format=pdf");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertEquals(List.of(box), decode(render(document, 0)));
        }
        String zpl = download("/api/storage/boxes/" + box + "/label?format=zpl").text();
        assertEquals(List.of(box), barcodesIn(zpl));
        assertTrue(zpl.contains("^FDTest box^FS") && zpl.contains("^FDCryobox 9"), zpl);
    }

    @Test
    void anUnknownFormatIsA400NamingFormat() {
        String message = assertRefused(technician.get("/api/samples/" + tubes.get(0) + "/label?format=gif"), "format");
        assertTrue(message.contains("gif") && message.contains("png"), message);
        assertRefused(technician.get("/api/storage/boxes/" + Samples.newBox("GRID9X9") + "/label?format=gif"), "format");
        assertRefused(technician.get("/api/collections/" + collection + "/labels?format=png"), "format");
    }

    @Test
    void anUnknownBarcodeIsA404AndAWrongCheckCharacterA400() {
        String unknown = Identifier.of("S", 999_999_999L, 9).value();
        assertError(404, technician.get("/api/samples/" + unknown + "/label?format=png"));
        assertError(404, technician.get("/api/collections/999999999/labels?format=pdf"));

        String barcode = tubes.get(0);
        char wrong = barcode.charAt(barcode.length() - 1) == 'A' ? 'B' : 'A';
        String message = assertRefused(technician.get("/api/samples/" + barcode.substring(0, barcode.length() - 1)
                + wrong + "/label?format=png"), "barcode");
        assertTrue(message.contains("check character"), message);
    }

    @Test
    void printingSendsTheZplToTheRegisteredPrinter() throws Exception {
        try (ServerSocket printer = new ServerSocket(0, 10, InetAddress.getLoopbackAddress())) {
            String name = registerPrinter(printer.getLocalPort());

            CompletableFuture<String> received = receive(printer);
            Api.Response printed = technician.post("/api/samples/" + tubes.get(0) + "/label/print", printTo(name));
            assertEquals(200, printed.status(), printed::toString);
            assertEquals(1, printed.object().getInt("labels"));
            String zpl = received.get(20, TimeUnit.SECONDS);
            assertEquals(List.of(tubes.get(0)), barcodesIn(zpl));
            assertTrue(zpl.contains("^FD" + tubes.get(0) + "^FS"), zpl);

            CompletableFuture<String> all = receive(printer);
            Api.Response collectionPrinted = technician.post("/api/collections/" + collection + "/labels/print", printTo(name));
            assertEquals(200, collectionPrinted.status(), collectionPrinted::toString);
            assertEquals(tubes, barcodesIn(all.get(20, TimeUnit.SECONDS)));
        }
    }

    @Test
    void aPrinterThatCannotBeReachedIsAClearConflictNotAServerError() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        String name = registerPrinter(closedPort);

        long started = System.nanoTime();
        Api.Response refused = technician.post("/api/samples/" + tubes.get(0) + "/label/print", printTo(name));
        String message = assertError(409, refused);
        assertTrue(message.contains(name) && message.contains(":" + closedPort), message);
        assertTrue(System.nanoTime() - started < TimeUnit.SECONDS.toNanos(15), "within the printer timeout");

        String unknown = assertRefused(technician.post("/api/samples/" + tubes.get(0) + "/label/print",
                printTo("no printer of that name")), "printer");
        assertTrue(unknown.contains("no printer of that name"), unknown);
    }

    @Test
    void onlyAnAdministratorAddsAPrinter() {
        JsonObject printer = Json.createObjectBuilder().add("name", Users.uniqueName("zebra-")).add("host", "localhost")
                .add("port", 9100).build();
        assertError(403, technician.post("/api/label-printers", printer));
        assertError(403, Api.as(DemoLogins.of("researcher")).get("/api/label-printers"));
        assertEquals(201, admin.post("/api/label-printers", printer).status());
        assertEquals(409, admin.post("/api/label-printers", printer).status(), "names are unique");
    }

    @Test
    void aLayoutOnWhichTheBarcodeCannotBeReadIsRefusedAndAChangeTakesAReason() {
        JsonObject tooNarrow = layout(Users.uniqueName("narrow-"), "BOX", 20, "CODE_128");
        String message = assertRefused(admin.post("/api/label-layouts", tooNarrow), "layout");
        assertTrue(message.contains("dpi"), message);

        String name = Users.uniqueName("vial-");
        Api.Response added = admin.post("/api/label-layouts", layout(name, "SAMPLE", 30, "DATA_MATRIX"));
        assertEquals(201, added.status(), added::toString);
        assertEquals(4, added.object().getInt("textLines"));
        assertRefused(admin.put("/api/label-layouts/" + name, layout(name, "SAMPLE", 32, "DATA_MATRIX")), "reason");
        assertEquals(200, admin.withHeader("X-Reason", "wider vials").put("/api/label-layouts/" + name,
                layout(name, "SAMPLE", 32, "DATA_MATRIX")).status());

        Download png = download("/api/samples/" + tubes.get(2) + "/label?format=png&layout=" + name);
        assertEquals(200, png.status(), png::toString);
        assertEquals(List.of(tubes.get(2)), decode(png.body()));
    }

    @Test
    void eachPurposeKeepsExactlyOneDefaultLayout() throws IOException {
        Api reasoned = admin.withHeader("X-Reason", "test of the default layout");
        JsonObject cryovial = admin.get("/api/label-layouts/Cryovial%2025%20x%2013%20mm").object();
        assertTrue(cryovial.getBoolean("defaultLayout"), cryovial::toString);
        assertRefused(reasoned.put("/api/label-layouts/Cryovial%2025%20x%2013%20mm",
                Json.createObjectBuilder(cryovial).add("defaultLayout", false).build()), "defaultLayout");

        String name = Users.uniqueName("wide-");
        JsonObject wide = Json.createObjectBuilder(layout(name, "SAMPLE", 40, "DATA_MATRIX")).add("defaultLayout", true).build();
        assertEquals(201, admin.post("/api/label-layouts", wide).status());
        try {
            assertFalse(admin.get("/api/label-layouts/Cryovial%2025%20x%2013%20mm").object().getBoolean("defaultLayout"));
            Download png = download("/api/samples/" + tubes.get(1) + "/label?format=png");
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png.body()));
            assertEquals(Math.round(40 / 25.4 * 300), image.getWidth(), "printed on the new default");
            assertEquals(List.of(tubes.get(1)), decode(image));
        } finally {
            Api.Response restored = reasoned.put("/api/label-layouts/Cryovial%2025%20x%2013%20mm",
                    Json.createObjectBuilder(cryovial).add("defaultLayout", true).build());
            assertEquals(200, restored.status(), restored::toString);
        }
        assertFalse(admin.get("/api/label-layouts/" + name).object().getBoolean("defaultLayout"));
    }

    private static JsonObject layout(String name, String purpose, double widthMm, String symbology) {
        return Json.createObjectBuilder().add("name", name).add("purpose", purpose).add("widthMm", widthMm)
                .add("heightMm", 13).add("symbology", symbology).add("marginMm", 0.8).add("moduleMm", 0.42)
                .add("barHeightMm", 6).add("identifierSizePt", 5.5).add("textSizePt", 4.5).build();
    }

    private static String registerPrinter(int port) {
        String name = Users.uniqueName("Zebra ");
        Api.Response added = admin.post("/api/label-printers", Json.createObjectBuilder().add("name", name)
                .add("host", "localhost").add("port", port).add("dpi", 300).build());
        assertEquals(201, added.status(), added::toString);
        return name;
    }

    private static JsonObject printTo(String printer) {
        return Json.createObjectBuilder().add("printer", printer).build();
    }

    /** What the next connection to {@code printer} sends, up to its end. */
    private static CompletableFuture<String> receive(ServerSocket printer) {
        return CompletableFuture.supplyAsync(() -> {
            try (Socket connection = printer.accept(); InputStream in = connection.getInputStream()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The barcode data of every ^BX/^BC field, in order. */
    private static List<String> barcodesIn(String zpl) {
        Matcher matcher = ZPL_BARCODE.matcher(zpl);
        List<String> found = new ArrayList<>();
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static BufferedImage render(PDDocument document, int page) throws IOException {
        return new PDFRenderer(document).renderImageWithDPI(page, 300, ImageType.GRAY);
    }

    private static List<String> decode(byte[] image) {
        return BarcodeReader.readAll(image).stream().map(DecodedBarcode::text).toList();
    }

    private static List<String> decode(BufferedImage image) {
        return BarcodeReader.readAll(image).stream().map(DecodedBarcode::text).toList();
    }

    /** The API's {@link Api} reads answers as text; labels are bytes. */
    private static Download download(String path) {
        String token = Base64.getEncoder().encodeToString((TECHNICIAN.username() + ":" + TECHNICIAN.password())
                .getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(Lims.url(path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic " + token).GET().build();
        try {
            HttpResponse<byte[]> response = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Download(path, response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private record Download(String path, int status, String contentType, byte[] body) {

        String text() {
            return new String(body, StandardCharsets.US_ASCII);
        }

        @Override
        public String toString() {
            String shown = contentType.startsWith("image/") || contentType.startsWith("application/pdf")
                    ? body.length + " bytes" : text();
            return "GET " + path + " -> " + status + " [" + contentType + "] " + shown;
        }
    }
}
