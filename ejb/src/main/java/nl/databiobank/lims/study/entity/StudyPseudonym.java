package nl.databiobank.lims.study.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The name a participant goes by in one study's releases (rule 7): stable within the study,
 * different in every other, never changed (append-only table).
 */
@Entity
@Table(name = "study_pseudonym")
@NamedQuery(name = StudyPseudonym.ONE, query = "select p from StudyPseudonym p where p.studyId = :study"
        + " and p.participantId = :participant")
public class StudyPseudonym {

    public static final String ONE = "StudyPseudonym.one";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "study_pseudonym_seq")
    @SequenceGenerator(name = "study_pseudonym_seq", sequenceName = "study_pseudonym_seq", allocationSize = 50)
    private Long id;

    @Column(name = "study_id")
    private long studyId;

    @Column(name = "participant_id")
    private long participantId;

    private String pseudonym;

    @Column(name = "created_at")
    private Instant createdAt;

    protected StudyPseudonym() {
    }

    public StudyPseudonym(long studyId, long participantId, String pseudonym, Instant createdAt) {
        this.studyId = studyId;
        this.participantId = participantId;
        this.pseudonym = pseudonym;
        this.createdAt = createdAt;
    }

    public String getPseudonym() {
        return pseudonym;
    }
}
