package nl.databiobank.lims.questionnaire.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import nl.databiobank.lims.audit.entity.AuditedEntity;

/** One question: its number, the answers it takes (min to max) and a short neutral label. */
@Entity
@Table(name = "questionnaire_item")
public class QuestionnaireItem extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "questionnaire_item_seq")
    @SequenceGenerator(name = "questionnaire_item_seq", sequenceName = "questionnaire_item_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "questionnaire_id")
    private Questionnaire questionnaire;

    private int number;

    @Column(name = "min_answer")
    private int minAnswer;

    @Column(name = "max_answer")
    private int maxAnswer;

    private String label;

    protected QuestionnaireItem() {
    }

    @Override
    public Long getId() {
        return id;
    }

    public int getNumber() {
        return number;
    }

    public int getMinAnswer() {
        return minAnswer;
    }

    public int getMaxAnswer() {
        return maxAnswer;
    }

    public String getLabel() {
        return label;
    }
}
