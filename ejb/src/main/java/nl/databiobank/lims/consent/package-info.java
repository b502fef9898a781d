/**
 * Informed consent (DESIGN.md rules 3 and 5): versioned consent forms with their items, the
 * consents participants signed (every item answered yes or no, with the signed PDF), withdrawals,
 * and the one place that answers whether a participant's consent covers some items on a day.
 */
package nl.databiobank.lims.consent;
