/**
 * Labels (issue 5): what a sample's, a collection's or a box's label carries (pseudonyms only,
 * DESIGN.md rule 7), the label layouts and network Zebra printers an ADMIN maintains, and
 * rendering through barcode-labels as PNG, PDF sheet or ZPL, downloaded or sent to a printer.
 */
package nl.databiobank.lims.label;
