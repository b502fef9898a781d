package nl.databiobank.lims.sample.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;
import nl.databiobank.lims.audit.entity.AuditedEntity;
import nl.databiobank.lims.participant.entity.Hospital;
import nl.databiobank.lims.participant.entity.Participant;

/** One visit at which material was taken from a participant, at a time point of the protocol. */
@Entity
@Table(name = "collection")
public class Collection extends AuditedEntity {

    /** BASELINE, UNSCHEDULED, or months after the anchor date: M3, M6, M12, M24. */
    public static final Pattern TIME_POINT = Pattern.compile("BASELINE|UNSCHEDULED|M[1-9][0-9]{0,2}");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "collection_seq")
    @SequenceGenerator(name = "collection_seq", sequenceName = "collection_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "participant_id")
    private Participant participant;

    @ManyToOne(optional = false)
    @JoinColumn(name = "hospital_id")
    private Hospital hospital;

    @Column(name = "collected_at")
    private Instant collectedAt;

    @Column(name = "time_point")
    private String timePoint;

    @Column(name = "procedure_text")
    private String procedure;

    @Column(name = "recorded_by")
    private String recordedBy;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    @Version
    private long version;

    protected Collection() {
    }

    public Collection(Participant participant, Hospital hospital, Instant collectedAt, String timePoint,
                      String procedure, String recordedBy, Instant recordedAt) {
        if (!TIME_POINT.matcher(timePoint).matches()) {
            throw new IllegalArgumentException("Not a time point: " + timePoint);
        }
        this.participant = participant;
        this.hospital = hospital;
        this.collectedAt = collectedAt.truncatedTo(ChronoUnit.MICROS);
        this.timePoint = timePoint;
        this.procedure = procedure;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt.truncatedTo(ChronoUnit.MICROS);
    }

    @Override
    public Long getId() {
        return id;
    }

    public Participant getParticipant() {
        return participant;
    }

    public Hospital getHospital() {
        return hospital;
    }

    public Instant getCollectedAt() {
        return collectedAt;
    }

    public String getTimePoint() {
        return timePoint;
    }

    public String getProcedure() {
        return procedure;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
