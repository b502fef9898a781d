/**
 * Where material is (DESIGN.md rule 2): the storage tree (site, room, freezer, rack), boxes of a
 * box type with their grid, and the one position each stored sample holds, with the database's
 * unique constraints as the last word. Rack-scanner files place or verify a whole box at once.
 */
package nl.databiobank.lims.storage;
