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
import jakarta.persistence.Version;
import java.time.Instant;

/** Something a request's coordinator must know, until they mark it read. */
@Entity
@Table(name = "request_notice")
@NamedQuery(name = RequestNotice.UNREAD_FOR, query = "select n from RequestNotice n where n.addressee = :username"
        + " and n.readAt is null order by n.id desc")
@NamedQuery(name = RequestNotice.OF_REQUEST, query = "select n from RequestNotice n where n.request = :request order by n.id")
public class RequestNotice {

    public static final String UNREAD_FOR = "RequestNotice.unreadFor";
    public static final String OF_REQUEST = "RequestNotice.ofRequest";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "request_notice_seq")
    @SequenceGenerator(name = "request_notice_seq", sequenceName = "request_notice_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "request_id")
    private MaterialRequest request;

    private String addressee;

    @Enumerated(EnumType.STRING)
    private NoticeKind kind;

    private String message;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    @Version
    private long version;

    protected RequestNotice() {
    }

    public RequestNotice(MaterialRequest request, String addressee, NoticeKind kind, String message, Instant at) {
        this.request = request;
        this.addressee = addressee;
        this.kind = kind;
        this.message = message;
        this.createdAt = at;
    }

    public void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    public Long getId() {
        return id;
    }

    public MaterialRequest getRequest() {
        return request;
    }

    public String getAddressee() {
        return addressee;
    }

    public NoticeKind getKind() {
        return kind;
    }

    public String getMessage() {
        return message;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReadAt() {
        return readAt;
    }
}
