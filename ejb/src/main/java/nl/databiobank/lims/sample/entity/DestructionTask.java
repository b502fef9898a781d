package nl.databiobank.lims.sample.entity;

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
import java.time.temporal.ChronoUnit;
import nl.databiobank.lims.audit.entity.AuditedEntity;
import nl.databiobank.lims.consent.entity.Withdrawal;

/** A sample to destroy because its donor withdrew and asked for it (rule 5): done by scanning it. */
@Entity
@Table(name = "destruction_task")
@NamedQuery(name = DestructionTask.OPEN,
        query = "select t from DestructionTask t join fetch t.sample where t.completedAt is null order by t.createdAt, t.id")
@NamedQuery(name = DestructionTask.OPEN_FOR_SAMPLE,
        query = "select t from DestructionTask t where t.sample = :sample and t.completedAt is null")
public class DestructionTask extends AuditedEntity {

    public static final String OPEN = "DestructionTask.open";
    public static final String OPEN_FOR_SAMPLE = "DestructionTask.openForSample";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "destruction_task_seq")
    @SequenceGenerator(name = "destruction_task_seq", sequenceName = "destruction_task_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "sample_id")
    private Sample sample;

    @ManyToOne(optional = false)
    @JoinColumn(name = "withdrawal_id")
    private Withdrawal withdrawal;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "completed_by")
    private String completedBy;

    @Version
    private long version;

    protected DestructionTask() {
    }

    public DestructionTask(Sample sample, Withdrawal withdrawal, Instant createdAt) {
        this.sample = sample;
        this.withdrawal = withdrawal;
        this.createdAt = createdAt.truncatedTo(ChronoUnit.MICROS);
    }

    public void complete(Instant at, String by) {
        completedAt = at.truncatedTo(ChronoUnit.MICROS);
        completedBy = by;
    }

    @Override
    public Long getId() {
        return id;
    }

    public Sample getSample() {
        return sample;
    }

    public Withdrawal getWithdrawal() {
        return withdrawal;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    public String getCompletedBy() {
        return completedBy;
    }
}
