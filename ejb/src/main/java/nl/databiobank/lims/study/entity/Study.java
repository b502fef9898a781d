package nl.databiobank.lims.study.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import nl.databiobank.lims.audit.entity.AuditedEntity;

/** A research study that may receive material and data, led by a principal investigator (a researcher). */
@Entity
@Table(name = "study")
@NamedQuery(name = Study.ALL, query = "select s from Study s order by s.code")
@NamedQuery(name = Study.BY_CODE, query = "select s from Study s where s.code = :code")
@NamedQuery(name = Study.OF_RESEARCHER, query = "select s from Study s where s.principalInvestigator = :username"
        + " or exists (select m from StudyMember m where m.study = s and m.username = :username) order by s.code")
public class Study extends AuditedEntity {

    public static final String ALL = "Study.all";
    public static final String BY_CODE = "Study.byCode";
    public static final String OF_RESEARCHER = "Study.ofResearcher";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "study_seq")
    @SequenceGenerator(name = "study_seq", sequenceName = "study_seq", allocationSize = 50)
    private Long id;

    private String code;
    private String title;

    @Column(name = "principal_investigator")
    private String principalInvestigator;

    private String institution;
    private String summary;

    @Enumerated(EnumType.STRING)
    private StudyStatus status = StudyStatus.DRAFT;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    protected Study() {
    }

    public Study(String code, String title, String principalInvestigator, String institution, String summary,
                 String createdBy, Instant createdAt) {
        this.code = code;
        this.title = title;
        this.principalInvestigator = principalInvestigator;
        this.institution = institution;
        this.summary = summary;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** Whether the researcher may see the study: they lead it (membership is asked of the members). */
    public boolean isLedBy(String username) {
        return principalInvestigator.equals(username);
    }

    public boolean isClosed() {
        return status == StudyStatus.CLOSED;
    }

    /** The first approval makes a draft study active. */
    public boolean activate() {
        if (status != StudyStatus.DRAFT) {
            return false;
        }
        status = StudyStatus.ACTIVE;
        return true;
    }

    public void close() {
        status = StudyStatus.CLOSED;
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getTitle() {
        return title;
    }

    public String getPrincipalInvestigator() {
        return principalInvestigator;
    }

    public String getInstitution() {
        return institution;
    }

    public String getSummary() {
        return summary;
    }

    public StudyStatus getStatus() {
        return status;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
