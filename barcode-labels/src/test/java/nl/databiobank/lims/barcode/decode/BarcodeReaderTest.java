package nl.databiobank.lims.barcode.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.databiobank.lims.barcode.IdentifierScheme;
import nl.databiobank.lims.barcode.symbol.BarcodeEncoder;
import nl.databiobank.lims.barcode.symbol.PngRenderer;
import nl.databiobank.lims.barcode.symbol.RenderSettings;
import nl.databiobank.lims.barcode.symbol.Symbology;
import org.junit.jupiter.api.Test;

class BarcodeReaderTest {

    private static final IdentifierScheme SCHEME = IdentifierScheme.of(9, "S");

    @Test
    void readsEverySymbologyInOneImageWithItsPosition() {
        BufferedImage sheet = blank(1400, 500);
        draw(sheet, Symbology.CODE_128, "S0000000011", 40, 40, 0);
        draw(sheet, Symbology.DATA_MATRIX, "S0000000022", 700, 60, 0);
        draw(sheet, Symbology.QR, "S0000000033", 1000, 60, 0);

        List<DecodedBarcode> found = BarcodeReader.readAll(sheet);

        assertEquals(3, found.size(), found.toString());
        assertFound(found, Symbology.CODE_128, "S0000000011", 40, 40);
        assertFound(found, Symbology.DATA_MATRIX, "S0000000022", 700, 60);
        assertFound(found, Symbology.QR, "S0000000033", 1000, 60);
    }

    /** A phone photo of a rack: tubes' DataMatrix codes, tilted, slightly blurred and noisy. */
    @Test
    void readsEveryTubeOfATiltedBlurredRackPhoto() {
        int columns = 8;
        int rows = 6;
        BufferedImage rack = blank(columns * 130 + 80, rows * 130 + 80);
        Graphics2D g = rack.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.rotate(Math.toRadians(3), rack.getWidth() / 2.0, rack.getHeight() / 2.0);
        Set<String> expected = new TreeSet<>();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                String id = SCHEME.build("S", 100 + r * columns + c).value();
                expected.add(id);
                BufferedImage tube = PngRenderer.toImage(BarcodeEncoder.encode(Symbology.DATA_MATRIX, id), RenderSettings.of(300, 0.5));
                // 0.9 scale: modules of 5.3 pixels, never a whole number, as in a photo.
                g.drawImage(tube, new AffineTransform(0.9, 0, 0, 0.9, 50 + c * 130, 50 + r * 130), null);
            }
        }
        g.dispose();
        BufferedImage photo = addNoise(blur(rack), 12);

        Set<String> read = BarcodeReader.readAll(photo).stream().map(DecodedBarcode::text).collect(Collectors.toCollection(TreeSet::new));

        assertEquals(expected, read);
    }

    @Test
    void readsCode128TurnedAQuarterAndUpsideDown() {
        BufferedImage image = blank(700, 700);
        draw(image, Symbology.CODE_128, "S0000000044", 200, 100, 90);
        draw(image, Symbology.CODE_128, "S0000000055", 680, 680, 180);

        List<String> texts = BarcodeReader.readAll(image).stream().map(DecodedBarcode::text).sorted().toList();

        assertEquals(List.of("S0000000044", "S0000000055"), texts);
    }

    @Test
    void theSameIdentifierOnTwoLabelsIsReportedTwice() {
        BufferedImage sheet = blank(900, 300);
        draw(sheet, Symbology.DATA_MATRIX, "S0000000066", 40, 40, 0);
        draw(sheet, Symbology.DATA_MATRIX, "S0000000066", 600, 40, 0);
        assertEquals(2, BarcodeReader.readAll(sheet).size());
    }

    @Test
    void thoroughReadingFindsTheSameAsOrMore() {
        BufferedImage sheet = blank(600, 300);
        draw(sheet, Symbology.DATA_MATRIX, "S0000000077", 40, 40, 0);
        assertEquals(BarcodeReader.readAll(sheet), BarcodeReader.readAllThoroughly(sheet, 128));
    }

    @Test
    void anImageWithoutBarcodesGivesNone() {
        assertTrue(BarcodeReader.readAll(blank(300, 200)).isEmpty());
        assertTrue(BarcodeReader.readAll(addNoise(blank(300, 200), 60)).isEmpty());
    }

    @Test
    void aFileThatIsNoImageIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BarcodeReader.readAll("not an image".getBytes(StandardCharsets.US_ASCII)));
        assertTrue(e.getMessage().contains("not an image"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> BarcodeReader.readAll(new byte[0]));
        assertThrows(IllegalArgumentException.class, () -> BarcodeReader.readAll((BufferedImage) null));
        assertThrows(IllegalArgumentException.class, () -> BarcodeReader.readAllThoroughly(blank(10, 10), 8));
    }

    @Test
    void aHugeImageIsRefusedBeforeItsPixelsAreDecoded() {
        // A 10 000 x 10 000 PNG header over a tiny body: reading the pixels would need 100 MB.
        byte[] png = PngRenderer.encodePng(blank(10, 10), 300);
        ByteBuffer.wrap(png, 16, 8).putInt(10_000).putInt(10_000);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BarcodeReader.readAll(png));
        assertTrue(e.getMessage().contains("10000 x 10000 pixels"), e.getMessage());
    }

    private static void assertFound(List<DecodedBarcode> found, Symbology symbology, String text, int x, int y) {
        DecodedBarcode barcode = found.stream().filter(b -> b.text().equals(text)).findFirst().orElseThrow();
        assertEquals(symbology, barcode.symbology());
        // The outline lies inside the drawn image (quiet zone included), not somewhere else.
        assertTrue(barcode.bounds().x >= x && barcode.bounds().y >= y, barcode.toString());
        assertTrue(barcode.bounds().x < x + 400 && barcode.bounds().y < y + 250, barcode.toString());
    }

    private static BufferedImage blank(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.dispose();
        return image;
    }

    private static void draw(BufferedImage target, Symbology symbology, String text, int x, int y, int degrees) {
        BufferedImage symbol = PngRenderer.toImage(BarcodeEncoder.encode(symbology, text), RenderSettings.of(300, 0.34));
        Graphics2D g = target.createGraphics();
        g.rotate(Math.toRadians(degrees), x, y);
        g.drawImage(symbol, x, y, null);
        g.dispose();
    }

    private static BufferedImage blur(BufferedImage image) {
        float[] weights = new float[9];
        Arrays.fill(weights, 1 / 9f);
        return new ConvolveOp(new Kernel(3, 3, weights), ConvolveOp.EDGE_NO_OP, null).filter(image, null);
    }

    private static BufferedImage addNoise(BufferedImage image, int amplitude) {
        Random random = new Random(42);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int grey = (image.getRGB(x, y) & 0xFF) + random.nextInt(2 * amplitude + 1) - amplitude;
                grey = Math.max(0, Math.min(255, grey));
                image.setRGB(x, y, grey * 0x010101);
            }
        }
        return image;
    }
}
