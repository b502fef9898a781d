package nl.databiobank.lims.barcode.symbol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import nl.databiobank.lims.barcode.decode.BarcodeReader;
import nl.databiobank.lims.barcode.decode.DecodedBarcode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class RenderersTest {

    private static final String DATA = "S000012345Y";

    /** Every symbology at printer-like and screen-like resolutions decodes back to its text. */
    @ParameterizedTest
    @CsvSource({
            "CODE_128, 203, 0.25", "CODE_128, 300, 0.25", "CODE_128, 600, 0.19",
            "DATA_MATRIX, 203, 0.375", "DATA_MATRIX, 300, 0.5", "DATA_MATRIX, 96, 0.8",
            "QR, 203, 0.5", "QR, 300, 0.33"})
    void pngDecodesToTheSameText(Symbology symbology, int dpi, double moduleMm) throws Exception {
        byte[] png = PngRenderer.toPng(BarcodeEncoder.encode(symbology, DATA), RenderSettings.of(dpi, moduleMm));
        List<DecodedBarcode> found = BarcodeReader.readAll(png);
        assertEquals(1, found.size(), found.toString());
        assertEquals(symbology, found.get(0).symbology());
        assertEquals(DATA, found.get(0).text());
        assertEquals(dpi, declaredDpi(png));
    }

    @ParameterizedTest
    @EnumSource(Symbology.class)
    void pngHasTheQuietZoneAndWholePixelModules(Symbology symbology) {
        BarcodeSymbol symbol = BarcodeEncoder.encode(symbology, DATA);
        RenderSettings settings = RenderSettings.of(300, 0.254).withHumanReadable(false);
        BufferedImage image = PngRenderer.toImage(symbol, settings);
        int module = settings.modulePixels();
        assertEquals(3, module);
        int quiet = symbology.quietZoneModules() * module;
        assertEquals((symbol.widthModules() + 2 * symbology.quietZoneModules()) * module, image.getWidth());
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < quiet; x++) {
                assertTrue(isWhite(image, x, y) && isWhite(image, image.getWidth() - 1 - x, y), "quiet zone at " + x + "," + y);
            }
        }
    }

    @Test
    void linearCodesCarryTheirTextUnderneath() {
        BarcodeSymbol symbol = BarcodeEncoder.encode(Symbology.CODE_128, DATA);
        RenderSettings settings = RenderSettings.of(300, 0.254);
        BufferedImage withText = PngRenderer.toImage(symbol, settings);
        BufferedImage without = PngRenderer.toImage(symbol, settings.withHumanReadable(false));
        assertTrue(withText.getHeight() > without.getHeight());
        int barsBottom = 2 * 3 + settings.pixels(settings.barHeightMm());
        boolean ink = false;
        for (int y = barsBottom + 2; y < withText.getHeight() && !ink; y++) {
            for (int x = 0; x < withText.getWidth() && !ink; x++) {
                ink = !isWhite(withText, x, y);
            }
        }
        assertTrue(ink, "no text under the bars");
    }

    @Test
    void svgIsSizedInMillimetresWithOneRectanglePerRun() throws Exception {
        BarcodeSymbol symbol = BarcodeEncoder.encode(Symbology.DATA_MATRIX, DATA);
        String svg = SvgRenderer.toSvg(symbol, RenderSettings.of(300, 0.5));
        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        Element root = document.getDocumentElement();
        assertEquals("8mm", root.getAttribute("width"), "14 modules + 2 quiet at 0.5 mm");
        String path = ((Element) root.getElementsByTagName("path").item(0)).getAttribute("d");
        assertEquals(symbol.darkRuns().size(), path.chars().filter(c -> c == 'M').count());
        assertEquals(0, root.getElementsByTagName("text").getLength());
    }

    @Test
    void svgOfALinearCodeHasItsTextEscaped() throws Exception {
        String svg = SvgRenderer.toSvg(BarcodeEncoder.encode(Symbology.CODE_128, "A<B&C"), RenderSettings.of(300, 0.25));
        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertEquals("A<B&C", document.getElementsByTagName("text").item(0).getTextContent());
    }

    @Test
    void settingsRefuseModulesBelowOnePixel() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RenderSettings.of(96, 0.1));
        assertTrue(e.getMessage().contains("less than one pixel"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> RenderSettings.of(10, 0.5));
    }

    private static boolean isWhite(BufferedImage image, int x, int y) {
        return (image.getRGB(x, y) & 0xFF) > 200;
    }

    /** The resolution in the PNG's pHYs chunk, read from the bytes, not through ImageIO. */
    private static int declaredDpi(byte[] png) throws Exception {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(png));
        in.skipBytes(8);
        while (true) {
            int length = in.readInt();
            String type = new String(in.readNBytes(4), StandardCharsets.US_ASCII);
            if (type.equals("pHYs")) {
                long perMetre = in.readInt() & 0xFFFFFFFFL;
                in.readInt();
                assertEquals(1, in.readUnsignedByte(), "unit is the metre");
                return (int) Math.round(perMetre * 0.0254);
            }
            if (type.equals("IEND")) {
                throw new AssertionError("no pHYs chunk");
            }
            in.skipBytes(length + 4);
        }
    }
}
