package nl.databiobank.lims.platform.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A JPQL where-clause built from optional filters, so that paged searches count and list alike. */
public final class JpqlFilter {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    /** Adds {@code condition} with its one named parameter, unless the value is null (no filter). */
    public JpqlFilter and(String condition, String parameter, Object value) {
        if (value != null) {
            conditions.add(condition);
            parameters.put(parameter, value);
        }
        return this;
    }

    /** Adds a condition without parameters. */
    public JpqlFilter and(String condition) {
        conditions.add(condition);
        return this;
    }

    public String where() {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    public <T> TypedQuery<T> query(EntityManager em, String jpql, Class<T> type) {
        TypedQuery<T> query = em.createQuery(jpql, type);
        parameters.forEach(query::setParameter);
        return query;
    }
}
