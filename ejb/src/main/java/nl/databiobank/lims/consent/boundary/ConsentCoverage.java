package nl.databiobank.lims.consent.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import nl.databiobank.lims.platform.boundary.Roles;

/**
 * "Does participant X's consent on day D cover items {...}?" and "which participants are covered
 * for {...}?", answered by the database function {@code consent_covers}, so that later queries over
 * many samples can use the same rule inside their SQL: {@link #SQL_CONDITION}.
 */
@Stateless
@RolesAllowed({Roles.RESEARCH_NURSE, Roles.LAB_TECHNICIAN, Roles.ETHICS_OFFICER, Roles.ADMIN})
public class ConsentCoverage {

    /**
     * The rule as a condition for native queries: bind the participant's id column, the item codes
     * joined by commas, and the day. Example: {@code WHERE consent_covers(s.participant_id,
     * string_to_array(?1, ','), s.collected_on)}.
     */
    public static final String SQL_CONDITION = "consent_covers(%s, string_to_array(%s, ','), %s)";

    @PersistenceContext
    EntityManager em;

    public boolean covers(String pseudonym, Collection<String> items, LocalDate day) {
        Object covered = em.createNativeQuery("SELECT " + SQL_CONDITION.formatted("p.id", "?1", "?2")
                        + " FROM participant p WHERE p.pseudonym = ?3")
                .setParameter(1, codes(items))
                .setParameter(2, java.sql.Date.valueOf(day))
                .setParameter(3, pseudonym)
                .getResultStream().findFirst().orElse(Boolean.FALSE);
        return Boolean.TRUE.equals(covered);
    }

    /** The pseudonyms of every participant whose consent on {@code day} covers all {@code items}. */
    @SuppressWarnings("unchecked")
    public List<String> coveredParticipants(Collection<String> items, LocalDate day) {
        return em.createNativeQuery("SELECT p.pseudonym FROM participant p WHERE "
                        + SQL_CONDITION.formatted("p.id", "?1", "?2") + " ORDER BY p.pseudonym")
                .setParameter(1, codes(items))
                .setParameter(2, java.sql.Date.valueOf(day))
                .getResultList();
    }

    private static String codes(Collection<String> items) {
        return items.stream().map(String::trim).map(String::toUpperCase).collect(Collectors.joining(","));
    }
}
