/**
 * Barcode symbols and their rendering: Code 128 for tube sides and paper, DataMatrix ECC 200
 * for tube bottoms and small labels, QR for documents.
 *
 * <p>{@link nl.databiobank.lims.barcode.symbol.BarcodeEncoder} turns text into a
 * {@link nl.databiobank.lims.barcode.symbol.BarcodeSymbol}, a grid of dark and light modules
 * without quiet zone. Renderers add the quiet zone the symbology requires and draw it to PNG
 * ({@link nl.databiobank.lims.barcode.symbol.PngRenderer}) or SVG
 * ({@link nl.databiobank.lims.barcode.symbol.SvgRenderer}); the label renderers draw the same
 * symbol into PDF and ZPL. ZXing does the encoding.
 */
package nl.databiobank.lims.barcode.symbol;
