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

/**
 * The second key of the two-key rule: a treating physician agrees, or refuses (with a reason),
 * that their patients' material goes to the request. Recorded by a coordinator.
 */
@Entity
@Table(name = "physician_agreement")
@NamedQuery(name = PhysicianAgreement.OF_REQUEST, query = "select a from PhysicianAgreement a where a.request = :request"
        + " order by a.physician")
public class PhysicianAgreement extends AuditedEntity {

    public static final String OF_REQUEST = "PhysicianAgreement.ofRequest";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "physician_agreement_seq")
    @SequenceGenerator(name = "physician_agreement_seq", sequenceName = "physician_agreement_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "request_id")
    private MaterialRequest request;

    private String physician;

    private boolean agreed;

    private String note;

    @Column(name = "recorded_by")
    private String recordedBy;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    @Version
    private long version;

    protected PhysicianAgreement() {
    }

    public PhysicianAgreement(MaterialRequest request, String physician, boolean agreed, String note, String by,
                              Instant at) {
        this.request = request;
        this.physician = physician;
        record(agreed, note, by, at);
    }

    /** A changed answer (a refusal taken back, or an agreement withdrawn); the audit trail keeps the earlier one. */
    public void record(boolean agreed, String note, String by, Instant at) {
        this.agreed = agreed;
        this.note = note;
        this.recordedBy = by;
        this.recordedAt = at;
    }

    @Override
    public Long getId() {
        return id;
    }

    public MaterialRequest getRequest() {
        return request;
    }

    public String getPhysician() {
        return physician;
    }

    public boolean isAgreed() {
        return agreed;
    }

    public String getNote() {
        return note;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
