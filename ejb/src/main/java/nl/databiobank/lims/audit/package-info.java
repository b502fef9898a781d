/**
 * The audit trail and the access log (DESIGN.md rule 6). Every entity that extends
 * {@link nl.databiobank.lims.audit.entity.AuditedEntity} has its creates, updates and deletes
 * written, in the same transaction, as hash-chained, append-only {@code audit_entry} rows; the
 * access log records who looked at, searched or exported what, and every login.
 */
package nl.databiobank.lims.audit;
