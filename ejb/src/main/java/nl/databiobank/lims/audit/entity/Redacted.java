package nl.databiobank.lims.audit.entity;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A field whose change is audited, but whose values never appear in the trail (a password hash). */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Redacted {

    String MASK = "[redacted]";
}
