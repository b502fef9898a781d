package nl.databiobank.lims.audit.control;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.databiobank.lims.audit.entity.AuditedEntity;
import nl.databiobank.lims.audit.entity.FieldChange;
import nl.databiobank.lims.audit.entity.NotAudited;
import nl.databiobank.lims.audit.entity.Redacted;

/**
 * The audited state of an entity as text, field by field, read by reflection so that a new
 * field is audited without anyone remembering to. A reference to another audited entity is
 * written as its id; collections are left out (their elements are entities audited on their own).
 */
final class AuditState {

    private AuditState() {
    }

    static Map<String, String> of(AuditedEntity entity) {
        Map<String, String> state = new LinkedHashMap<>();
        for (Class<?> type = entity.getClass(); type != AuditedEntity.class && type != Object.class;
                type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (isAudited(field)) {
                    state.put(field.getName(), text(read(field, entity)));
                }
            }
        }
        return Collections.unmodifiableMap(state);
    }

    static List<FieldChange> diff(Map<String, String> before, Map<String, String> after, Class<?> type) {
        List<FieldChange> changes = new ArrayList<>();
        after.forEach((field, newValue) -> {
            String oldValue = before.get(field);
            if (!Objects.equals(oldValue, newValue)) {
                changes.add(masked(type, field, oldValue, newValue));
            }
        });
        return changes;
    }

    static List<FieldChange> created(Map<String, String> state, Class<?> type) {
        List<FieldChange> changes = new ArrayList<>();
        state.forEach((field, value) -> changes.add(masked(type, field, null, value)));
        return changes;
    }

    static List<FieldChange> deleted(Map<String, String> state, Class<?> type) {
        List<FieldChange> changes = new ArrayList<>();
        state.forEach((field, value) -> changes.add(masked(type, field, value, null)));
        return changes;
    }

    static String entityType(AuditedEntity entity) {
        Class<?> type = entity.getClass();
        while (type.getAnnotation(Entity.class) == null && type.getSuperclass() != null) {
            type = type.getSuperclass();
        }
        Entity annotation = type.getAnnotation(Entity.class);
        return annotation != null && !annotation.name().isEmpty() ? annotation.name() : type.getSimpleName();
    }

    private static FieldChange masked(Class<?> type, String field, String oldValue, String newValue) {
        if (isRedacted(type, field)) {
            return new FieldChange(field, oldValue == null ? null : Redacted.MASK, newValue == null ? null : Redacted.MASK);
        }
        return new FieldChange(field, oldValue, newValue);
    }

    private static boolean isRedacted(Class<?> type, String name) {
        for (Class<?> t = type; t != null && t != Object.class; t = t.getSuperclass()) {
            try {
                return t.getDeclaredField(name).isAnnotationPresent(Redacted.class);
            } catch (NoSuchFieldException e) {
                // declared higher up
            }
        }
        return false;
    }

    private static boolean isAudited(Field field) {
        int modifiers = field.getModifiers();
        return !Modifier.isStatic(modifiers) && !Modifier.isTransient(modifiers)
                && !field.isSynthetic()
                && !field.getName().startsWith("_persistence_") // EclipseLink weaving
                && !field.isAnnotationPresent(Transient.class)
                && !field.isAnnotationPresent(NotAudited.class)
                && !field.isAnnotationPresent(Id.class)
                && !field.isAnnotationPresent(Version.class)
                && !field.isAnnotationPresent(OneToMany.class)
                && !field.isAnnotationPresent(ManyToMany.class)
                && !isInverseOneToOne(field);
    }

    // the other side holds the key and is audited (or not) on its own
    private static boolean isInverseOneToOne(Field field) {
        OneToOne oneToOne = field.getAnnotation(OneToOne.class);
        return oneToOne != null && !oneToOne.mappedBy().isEmpty();
    }

    private static Object read(Field field, Object entity) {
        try {
            field.setAccessible(true);
            return field.get(entity);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Cannot read " + field, e);
        }
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof AuditedEntity other) {
            return String.valueOf(other.getId());
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        if (value instanceof byte[] bytes) {
            return bytes.length + " bytes";
        }
        return value.toString();
    }
}
