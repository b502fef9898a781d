package nl.databiobank.lims.questionnaire.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.databiobank.lims.audit.entity.AuditedEntity;

/**
 * One question: its number, the answers it takes (min to max) and a short neutral label; optionally
 * its wording per language, which the biobank loads under its own licence.
 */
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

    // Lazy: scoring needs only numbers and ranges, not the wording.
    @OneToMany(mappedBy = "item", cascade = {CascadeType.PERSIST, CascadeType.REMOVE})
    @OrderBy("language")
    private List<QuestionnaireItemText> texts = new ArrayList<>();

    protected QuestionnaireItem() {
    }

    QuestionnaireItem(Questionnaire questionnaire, int number, int minAnswer, int maxAnswer, String label) {
        this.questionnaire = questionnaire;
        this.number = number;
        this.minAnswer = minAnswer;
        this.maxAnswer = maxAnswer;
        this.label = label;
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

    /** The wording by language ({@code nl}, {@code en}, ...); empty when the biobank loaded none. */
    public Map<String, String> texts() {
        Map<String, String> byLanguage = new TreeMap<>();
        texts.forEach(t -> byLanguage.put(t.getLanguage(), t.getText()));
        return byLanguage;
    }

    public List<QuestionnaireItemText> getTexts() {
        return texts;
    }

    /**
     * Makes the wording {@code wanted}: changes the texts that differ, adds the new languages, and
     * answers the texts of languages no longer wanted, for the caller to remove.
     */
    public List<QuestionnaireItemText> reword(Map<String, String> wanted) {
        List<QuestionnaireItemText> dropped = new ArrayList<>();
        for (QuestionnaireItemText text : List.copyOf(texts)) {
            String newText = wanted.get(text.getLanguage());
            if (newText == null) {
                texts.remove(text);
                dropped.add(text);
            } else if (!newText.equals(text.getText())) {
                text.reword(newText);
            }
        }
        Map<String, String> have = texts();
        wanted.forEach((language, text) -> {
            if (!have.containsKey(language)) {
                texts.add(new QuestionnaireItemText(this, language, text));
            }
        });
        return dropped;
    }
}
