package nl.databiobank.lims.consent.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import nl.databiobank.lims.audit.entity.AuditedEntity;

/** The participant's explicit yes or no to one item of the form. */
@Entity
@Table(name = "consent_answer")
public class ConsentAnswer extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "consent_answer_seq")
    @SequenceGenerator(name = "consent_answer_seq", sequenceName = "consent_answer_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "consent_id")
    private Consent consent;

    @ManyToOne(optional = false)
    @JoinColumn(name = "item_id")
    private ConsentItem item;

    private boolean granted;

    protected ConsentAnswer() {
    }

    ConsentAnswer(Consent consent, ConsentItem item, boolean granted) {
        this.consent = consent;
        this.item = item;
        this.granted = granted;
    }

    @Override
    public Long getId() {
        return id;
    }

    public ConsentItem getItem() {
        return item;
    }

    public boolean isGranted() {
        return granted;
    }
}
