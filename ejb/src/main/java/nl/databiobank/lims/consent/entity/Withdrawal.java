package nl.databiobank.lims.consent.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
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
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.TreeSet;
import nl.databiobank.lims.audit.entity.AuditedEntity;
import nl.databiobank.lims.participant.entity.Participant;

/**
 * A participant taking consent back, dated and attributed: all of it, or only some items (a
 * partial withdrawal). Never changed or deleted afterwards.
 */
@Entity
@Table(name = "withdrawal")
@NamedQuery(name = Withdrawal.OF_PARTICIPANT,
        query = "select w from Withdrawal w where w.participant = :participant order by w.withdrawnOn desc, w.id desc")
public class Withdrawal extends AuditedEntity {

    public static final String OF_PARTICIPANT = "Withdrawal.ofParticipant";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "withdrawal_seq")
    @SequenceGenerator(name = "withdrawal_seq", sequenceName = "withdrawal_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "participant_id")
    private Participant participant;

    @Column(name = "withdrawn_on")
    private LocalDate withdrawnOn;

    @Enumerated(EnumType.STRING)
    private WithdrawalScope scope;

    private String reason;

    @Column(name = "recorded_by")
    private String recordedBy;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "withdrawal_item", joinColumns = @JoinColumn(name = "withdrawal_id"))
    @Column(name = "item_code")
    private Set<String> items = new TreeSet<>();

    protected Withdrawal() {
    }

    public Withdrawal(Participant participant, LocalDate withdrawnOn, WithdrawalScope scope, Set<String> items,
                      String reason, String recordedBy, Instant recordedAt) {
        this.participant = participant;
        this.withdrawnOn = withdrawnOn;
        this.scope = scope;
        this.items = new TreeSet<>(items);
        this.reason = reason;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt.truncatedTo(ChronoUnit.MICROS); // as stored
    }

    /** A withdrawal of every use (not only of contact, not only of some items) ends the participation. */
    public boolean endsParticipation() {
        return items.isEmpty() && scope != WithdrawalScope.NO_FURTHER_CONTACT;
    }

    @Override
    public Long getId() {
        return id;
    }

    public Participant getParticipant() {
        return participant;
    }

    public LocalDate getWithdrawnOn() {
        return withdrawnOn;
    }

    public WithdrawalScope getScope() {
        return scope;
    }

    public String getReason() {
        return reason;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    /** The items taken back; empty when the scope applies to everything. */
    public Set<String> getItems() {
        return Set.copyOf(items);
    }
}
