/**
 * Participants of the biobank: enrolment, pseudonyms, and their identity, kept encrypted apart
 * from research data (DESIGN.md rule 7). The hospital number, name and date of birth are sealed
 * with AES-256-GCM under a key from {@code LIMS_IDENTITY_KEY}; the hospital number is found again
 * through a keyed digest (HMAC-SHA256), never by decrypting every identity.
 */
package nl.databiobank.lims.participant;
