/**
 * Sample and container identifiers: a short letter prefix, a number and one ISO/IEC 7064
 * MOD 37-2 check character, as ISBT 128 uses it.
 *
 * <p>{@link nl.databiobank.lims.barcode.IdentifierScheme} builds identifiers and validates
 * scanned or typed strings, saying why a string is not an identifier
 * ({@link nl.databiobank.lims.barcode.InvalidReason}), so that a misread or mistyped scan is
 * rejected with a message a technician understands. Sub-packages turn identifiers into
 * barcodes ({@code symbol}), read them back from images ({@code decode}) and lay them out on
 * printed labels ({@code label}).
 */
package nl.databiobank.lims.barcode;
