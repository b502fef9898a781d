/**
 * Material (DESIGN.md rules 1, 3, 5): sample types, collections with their primary samples,
 * aliquots and derivatives as a tree with conserved quantities, pre-analytical data with its SPREC
 * code, and the append-only chain of custody that alone changes a sample's status.
 */
package nl.databiobank.lims.sample;
