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
import java.time.LocalDate;
import nl.databiobank.lims.audit.entity.AuditedEntity;

/** The release of a request's picked samples to a recipient, under the approval version valid that day. */
@Entity
@Table(name = "shipment")
@NamedQuery(name = Shipment.OF_REQUEST, query = "select s from Shipment s where s.request = :request")
public class Shipment extends AuditedEntity {

    public static final String OF_REQUEST = "Shipment.ofRequest";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "shipment_seq")
    @SequenceGenerator(name = "shipment_seq", sequenceName = "shipment_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "request_id")
    private MaterialRequest request;

    @ManyToOne(optional = false)
    @JoinColumn(name = "approval_id")
    private EthicsApproval approval;

    private String recipient;

    private String address;

    @Column(name = "shipped_on")
    private LocalDate shippedOn;

    @Column(name = "usage_due_on")
    private LocalDate usageDueOn;

    @Column(name = "shipped_by")
    private String shippedBy;

    @Column(name = "shipped_at")
    private Instant shippedAt;

    @Version
    private long version;

    protected Shipment() {
    }

    public Shipment(MaterialRequest request, EthicsApproval approval, String recipient, String address,
                    LocalDate shippedOn, LocalDate usageDueOn, String by, Instant at) {
        this.request = request;
        this.approval = approval;
        this.recipient = recipient;
        this.address = address;
        this.shippedOn = shippedOn;
        this.usageDueOn = usageDueOn;
        this.shippedBy = by;
        this.shippedAt = at;
    }

    @Override
    public Long getId() {
        return id;
    }

    public MaterialRequest getRequest() {
        return request;
    }

    public EthicsApproval getApproval() {
        return approval;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getAddress() {
        return address;
    }

    public LocalDate getShippedOn() {
        return shippedOn;
    }

    public LocalDate getUsageDueOn() {
        return usageDueOn;
    }

    public String getShippedBy() {
        return shippedBy;
    }

    public Instant getShippedAt() {
        return shippedAt;
    }
}
