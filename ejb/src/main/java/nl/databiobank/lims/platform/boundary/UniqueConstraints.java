package nl.databiobank.lims.platform.boundary;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;

/**
 * The last word on duplicates: two users creating the same thing at once both pass the service's
 * own check, and the database's unique constraint refuses the second. This turns that refusal
 * into a 409 that says what clashed, instead of a failure at commit.
 */
public final class UniqueConstraints {

    private UniqueConstraints() {
    }

    public static void flush(EntityManager em, String conflictKey, Object... arguments) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            throw new ConflictException(conflictKey, arguments);
        }
    }
}
