package nl.databiobank.lims.audit.entity;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A field whose changes are bookkeeping, not a change of record (a failed-login counter):
 * changing only such fields writes no audit entry. Use sparingly, and say why where it is used.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface NotAudited {
}
