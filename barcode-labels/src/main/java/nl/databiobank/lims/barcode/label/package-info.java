/**
 * Physical labels: what a label looks like ({@link nl.databiobank.lims.barcode.label.LabelLayout}),
 * what is printed on one ({@link nl.databiobank.lims.barcode.label.Label}), and where each
 * element lands for a given printer resolution
 * ({@link nl.databiobank.lims.barcode.label.LabelPlanner}). The PDF and ZPL renderers in the
 * sub-packages draw the same plan, so a label looks alike on a sheet and on a Zebra roll.
 *
 * <p>The planner refuses rather than prints badly: a barcode whose modules would fall below
 * the size scanners read, or an identifier whose text does not fit, is an error. Free text
 * that does not fit is shortened with an ellipsis; it never runs into the barcode.
 */
package nl.databiobank.lims.barcode.label;
