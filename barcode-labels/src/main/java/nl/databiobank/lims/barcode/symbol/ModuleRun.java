package nl.databiobank.lims.barcode.symbol;

/**
 * A horizontal run of adjacent dark modules in one row of a symbol, in module units.
 * Renderers draw runs rather than single modules: fewer, larger shapes, and no hairline gaps
 * between neighbouring modules when a viewer anti-aliases.
 */
public record ModuleRun(int x, int y, int length) {
}
