package nl.databiobank.lims.participant.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapsId;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import nl.databiobank.lims.audit.entity.AuditedEntity;
import nl.databiobank.lims.audit.entity.Redacted;

/**
 * Who a participant is: hospital number, name and date of birth, each sealed (AES-GCM) so that
 * the database alone does not reveal them; the hospital number is found again by its keyed digest.
 */
@Entity
@Table(name = "participant_identity")
@NamedQuery(name = ParticipantIdentity.BY_MRN_DIGEST,
        query = "select i from ParticipantIdentity i where i.mrnDigest = :digest")
public class ParticipantIdentity extends AuditedEntity {

    public static final String BY_MRN_DIGEST = "ParticipantIdentity.byMrnDigest";

    @Id
    @Column(name = "participant_id")
    private Long participantId;

    @MapsId
    @OneToOne(optional = false)
    @JoinColumn(name = "participant_id")
    private Participant participant;

    @Redacted
    @Column(name = "mrn_digest")
    private String mrnDigest;

    @Redacted
    @Column(name = "mrn_sealed")
    private byte[] mrnSealed;

    @Redacted
    @Column(name = "name_sealed")
    private byte[] nameSealed;

    @Redacted
    @Column(name = "birth_date_sealed")
    private byte[] birthDateSealed;

    @Version
    private long version;

    protected ParticipantIdentity() {
    }

    public ParticipantIdentity(Participant participant, String mrnDigest, byte[] mrnSealed, byte[] nameSealed,
                               byte[] birthDateSealed) {
        this.participant = participant;
        this.mrnDigest = mrnDigest;
        this.mrnSealed = mrnSealed;
        this.nameSealed = nameSealed;
        this.birthDateSealed = birthDateSealed;
    }

    @Override
    public Long getId() {
        return participantId;
    }

    public Participant getParticipant() {
        return participant;
    }

    public byte[] getMrnSealed() {
        return mrnSealed;
    }

    public byte[] getNameSealed() {
        return nameSealed;
    }

    public byte[] getBirthDateSealed() {
        return birthDateSealed;
    }
}
