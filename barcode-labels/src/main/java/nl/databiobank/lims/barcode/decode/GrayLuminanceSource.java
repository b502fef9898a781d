package nl.databiobank.lims.barcode.decode;

import com.google.zxing.LuminanceSource;
import java.awt.image.BufferedImage;

/**
 * An image as 8-bit grey values, converted once, that ZXing can crop (for tiles) and rotate
 * (so that a vertical Code 128 on a tube in a rack still reads). ZXing core's own sources do
 * not rotate, and its javase module drags in command-line dependencies.
 */
final class GrayLuminanceSource extends LuminanceSource {

    private final byte[] grey;
    private final int dataWidth;
    private final int left;
    private final int top;

    private GrayLuminanceSource(byte[] grey, int dataWidth, int left, int top, int width, int height) {
        super(width, height);
        this.grey = grey;
        this.dataWidth = dataWidth;
        this.left = left;
        this.top = top;
    }

    static GrayLuminanceSource of(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        byte[] grey = new byte[width * height];
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            image.getRGB(0, y, width, 1, row, 0, width);
            for (int x = 0; x < width; x++) {
                int argb = row[x];
                int alpha = argb >>> 24;
                int r = (argb >> 16) & 0xFF;
                int g = (argb >> 8) & 0xFF;
                int b = argb & 0xFF;
                int luminance = (r * 306 + g * 601 + b * 117) >> 10;
                // Transparent pixels count as white paper, as a viewer shows them.
                luminance = (luminance * alpha + 255 * (255 - alpha)) / 255;
                grey[y * width + x] = (byte) luminance;
            }
        }
        return new GrayLuminanceSource(grey, width, 0, 0, width, height);
    }

    @Override
    public byte[] getRow(int y, byte[] row) {
        if (y < 0 || y >= getHeight()) {
            throw new IllegalArgumentException("Row " + y + " is outside the image");
        }
        int width = getWidth();
        byte[] out = row == null || row.length < width ? new byte[width] : row;
        System.arraycopy(grey, (top + y) * dataWidth + left, out, 0, width);
        return out;
    }

    @Override
    public byte[] getMatrix() {
        int width = getWidth();
        int height = getHeight();
        if (left == 0 && top == 0 && width == dataWidth && height * width == grey.length) {
            return grey;
        }
        byte[] matrix = new byte[width * height];
        for (int y = 0; y < height; y++) {
            System.arraycopy(grey, (top + y) * dataWidth + left, matrix, y * width, width);
        }
        return matrix;
    }

    @Override
    public boolean isCropSupported() {
        return true;
    }

    @Override
    public LuminanceSource crop(int cropLeft, int cropTop, int width, int height) {
        return new GrayLuminanceSource(grey, dataWidth, left + cropLeft, top + cropTop, width, height);
    }

    @Override
    public boolean isRotateSupported() {
        return true;
    }

    @Override
    public LuminanceSource rotateCounterClockwise() {
        int width = getWidth();
        int height = getHeight();
        byte[] source = getMatrix();
        byte[] rotated = new byte[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                // Pixel (x, y) moves to (y, width - 1 - x) in an image height wide.
                rotated[(width - 1 - x) * height + y] = source[y * width + x];
            }
        }
        return new GrayLuminanceSource(rotated, height, 0, 0, height, width);
    }

    /**
     * This image enlarged {@code factor} times by repeating pixels. ZXing's DataMatrix
     * detector often misses symbols of 3-4 pixels per module, and finds them once enlarged.
     */
    GrayLuminanceSource scaledUp(int factor) {
        int width = getWidth();
        int height = getHeight();
        byte[] source = getMatrix();
        byte[] scaled = new byte[width * factor * height * factor];
        for (int y = 0; y < height * factor; y++) {
            int from = (y / factor) * width;
            int to = y * width * factor;
            for (int x = 0; x < width * factor; x++) {
                scaled[to + x] = source[from + x / factor];
            }
        }
        return new GrayLuminanceSource(scaled, width * factor, 0, 0, width * factor, height * factor);
    }
}
