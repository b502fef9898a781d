/**
 * Reading every barcode in an image: a phone photo of a tube or a rack, a scanned sheet of
 * labels. {@link nl.databiobank.lims.barcode.decode.BarcodeReader} returns each barcode's
 * symbology, text and position; it does not judge whether the text is a valid identifier
 * (that is {@link nl.databiobank.lims.barcode.IdentifierScheme}'s job).
 */
package nl.databiobank.lims.barcode.decode;
