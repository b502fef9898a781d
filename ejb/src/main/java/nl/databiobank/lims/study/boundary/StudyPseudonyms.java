package nl.databiobank.lims.study.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Instant;
import nl.databiobank.lims.study.entity.StudyPseudonym;

/**
 * The name a participant goes by in one study's releases (rule 7): made on first release, at random
 * (so nothing links it to the biobank's pseudonym or another study's), and kept for the study.
 */
@ApplicationScoped
public class StudyPseudonyms {

    /** Without 0/O and 1/I, so that a researcher reading one aloud is not misunderstood. */
    private static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final int LENGTH = 8;
    private final SecureRandom random = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    public String of(long studyId, long participantId) {
        return em.createNamedQuery(StudyPseudonym.ONE, StudyPseudonym.class).setParameter("study", studyId)
                .setParameter("participant", participantId).getResultStream().findFirst()
                .map(StudyPseudonym::getPseudonym)
                .orElseGet(() -> create(studyId, participantId));
    }

    private String create(long studyId, long participantId) {
        StringBuilder name = new StringBuilder("SP-");
        for (int i = 0; i < LENGTH; i++) {
            name.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        // 32^8 names: a clash is all but impossible, and the unique constraint refuses it if it happens
        StudyPseudonym pseudonym = new StudyPseudonym(studyId, participantId, name.toString(), Instant.now());
        em.persist(pseudonym);
        return pseudonym.getPseudonym();
    }
}
