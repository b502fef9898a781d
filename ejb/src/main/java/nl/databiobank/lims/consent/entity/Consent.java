package nl.databiobank.lims.consent.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.databiobank.lims.audit.entity.AuditedEntity;
import nl.databiobank.lims.audit.entity.Redacted;
import nl.databiobank.lims.participant.entity.Participant;

/**
 * A consent a participant signed: the form version, the day, a yes or no for every item, and the
 * signed form itself. The latest signed consent is the current one; earlier ones stay as history.
 */
@Entity
@Table(name = "consent")
@NamedQuery(name = Consent.OF_PARTICIPANT,
        query = "select c from Consent c where c.participant = :participant order by c.signedOn desc, c.id desc")
public class Consent extends AuditedEntity {

    public static final String OF_PARTICIPANT = "Consent.ofParticipant";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "consent_seq")
    @SequenceGenerator(name = "consent_seq", sequenceName = "consent_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "participant_id")
    private Participant participant;

    @ManyToOne(optional = false)
    @JoinColumn(name = "form_id")
    private ConsentForm form;

    @Column(name = "signed_on")
    private LocalDate signedOn;

    @Column(name = "recorded_by")
    private String recordedBy;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    private String witness;

    @Column(name = "document_name")
    private String documentName;

    // the signed form is read only when someone opens it
    @Redacted
    @Basic(fetch = FetchType.LAZY)
    private byte[] document;

    @Column(name = "document_sha256")
    private String documentSha256;

    @Version
    private long version;

    @OneToMany(mappedBy = "consent", cascade = CascadeType.PERSIST, fetch = FetchType.EAGER)
    private List<ConsentAnswer> answers = new ArrayList<>();

    protected Consent() {
    }

    /** The answers must name every item of the form; the service checks that before it builds one. */
    public Consent(Participant participant, ConsentForm form, LocalDate signedOn, String witness,
                   Map<ConsentItem, Boolean> answers, SignedDocument document, String recordedBy, Instant recordedAt) {
        this.participant = participant;
        this.form = form;
        this.signedOn = signedOn;
        this.witness = witness;
        this.documentName = document.name();
        this.document = document.content();
        this.documentSha256 = document.sha256();
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt.truncatedTo(ChronoUnit.MICROS); // as stored
        answers.forEach((item, granted) -> this.answers.add(new ConsentAnswer(this, item, granted)));
    }

    public boolean grants(String itemCode) {
        return answers.stream().anyMatch(a -> a.getItem().getCode().equals(itemCode) && a.isGranted());
    }

    @Override
    public Long getId() {
        return id;
    }

    public Participant getParticipant() {
        return participant;
    }

    public ConsentForm getForm() {
        return form;
    }

    public LocalDate getSignedOn() {
        return signedOn;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public String getWitness() {
        return witness;
    }

    public String getDocumentName() {
        return documentName;
    }

    public byte[] getDocument() {
        return document;
    }

    public String getDocumentSha256() {
        return documentSha256;
    }

    public List<ConsentAnswer> getAnswers() {
        return answers.stream().sorted(java.util.Comparator.comparingInt(a -> a.getItem().getPosition())).toList();
    }
}
