package nl.databiobank.lims.audit.entity;

/** One field of an entity, before and after; {@code null} where there was or is no value. */
public record FieldChange(String field, String oldValue, String newValue) {
}
