package nl.databiobank.lims.study.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One step of a request's workflow, with who took it, when and why; never changed (append-only table). */
@Entity
@Table(name = "request_step")
@NamedQuery(name = RequestStep.OF_REQUEST, query = "select s from RequestStep s where s.request = :request order by s.id")
public class RequestStep {

    public static final String OF_REQUEST = "RequestStep.ofRequest";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "request_step_seq")
    @SequenceGenerator(name = "request_step_seq", sequenceName = "request_step_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "request_id")
    private MaterialRequest request;

    @Enumerated(EnumType.STRING)
    private RequestStatus status;

    @Column(name = "occurred_at")
    private Instant occurredAt;

    @Column(name = "recorded_by")
    private String recordedBy;

    private String note;

    protected RequestStep() {
    }

    RequestStep(MaterialRequest request, RequestStatus status, Instant occurredAt, String recordedBy, String note) {
        this.request = request;
        this.status = status;
        this.occurredAt = occurredAt;
        this.recordedBy = recordedBy;
        this.note = note;
    }

    /** The first step: the draft comes into being. */
    public static RequestStep created(MaterialRequest request) {
        return new RequestStep(request, RequestStatus.DRAFT, request.getCreatedAt(), request.getRequestedBy(), null);
    }

    public Long getId() {
        return id;
    }

    public RequestStatus getStatus() {
        return status;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public String getNote() {
        return note;
    }
}
