package nl.databiobank.lims.questionnaire.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import nl.databiobank.lims.audit.entity.AuditedEntity;

/**
 * A scale scored from some items: functional (high is good), symptom or global health; and how it
 * enters the summary score, if at all (as it is, or inverted).
 */
@Entity
@Table(name = "questionnaire_scale")
public class QuestionnaireScale extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "questionnaire_scale_seq")
    @SequenceGenerator(name = "questionnaire_scale_seq", sequenceName = "questionnaire_scale_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "questionnaire_id")
    private Questionnaire questionnaire;

    private String code;

    private String kind;

    private String label;

    private int position;

    @Column(name = "in_summary")
    private String inSummary;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "questionnaire_scale_item", joinColumns = @JoinColumn(name = "scale_id"))
    @Column(name = "item_number")
    private Set<Integer> items = new TreeSet<>();

    protected QuestionnaireScale() {
    }

    QuestionnaireScale(Questionnaire questionnaire, String code, String kind, String label, int position,
                       String inSummary, Collection<Integer> itemNumbers) {
        this.questionnaire = questionnaire;
        this.code = code;
        this.kind = kind;
        this.label = label;
        this.position = position;
        this.inSummary = inSummary;
        this.items.addAll(itemNumbers);
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    /** FUNCTIONAL, SYMPTOM or GLOBAL. */
    public String getKind() {
        return kind;
    }

    public String getLabel() {
        return label;
    }

    /** AS_IS, INVERTED, or null when the scale is not part of the summary score. */
    public String getInSummary() {
        return inSummary;
    }

    public List<Integer> getItems() {
        return new ArrayList<>(new TreeSet<>(items));
    }
}
