package nl.databiobank.lims.study.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import nl.databiobank.lims.audit.entity.AuditedEntity;

/** A researcher who works on a study; a researcher may be on several. */
@Entity
@Table(name = "study_member")
@NamedQuery(name = StudyMember.OF_STUDY, query = "select m from StudyMember m where m.study = :study order by m.username")
@NamedQuery(name = StudyMember.ONE, query = "select m from StudyMember m where m.study = :study and m.username = :username")
public class StudyMember extends AuditedEntity {

    public static final String OF_STUDY = "StudyMember.ofStudy";
    public static final String ONE = "StudyMember.one";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "study_member_seq")
    @SequenceGenerator(name = "study_member_seq", sequenceName = "study_member_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "study_id")
    private Study study;

    private String username;

    @Column(name = "added_by")
    private String addedBy;

    @Column(name = "added_at")
    private Instant addedAt;

    @Version
    private long version;

    protected StudyMember() {
    }

    public StudyMember(Study study, String username, String addedBy, Instant addedAt) {
        this.study = study;
        this.username = username;
        this.addedBy = addedBy;
        this.addedAt = addedAt;
    }

    @Override
    public Long getId() {
        return id;
    }

    public Study getStudy() {
        return study;
    }

    public String getUsername() {
        return username;
    }

    public String getAddedBy() {
        return addedBy;
    }

    public Instant getAddedAt() {
        return addedAt;
    }
}
