/**
 * Timings for docs/performance.md, run by hand ({@code exec:java}); not tests, so that a slow
 * or busy machine never fails a build.
 */
package nl.databiobank.lims.barcode.benchmark;
