package nl.databiobank.lims.questionnaire.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import nl.databiobank.lims.audit.entity.AuditedEntity;

/**
 * The wording of one item in one language: the biobank's own licensed translation, loaded with a
 * definition and never part of the code. Not part of the definition either (what is scored and how),
 * so it may change while the definition is in use; every change is in the audit trail.
 */
@Entity
@Table(name = "questionnaire_item_text")
@IdClass(QuestionnaireItemText.Key.class)
public class QuestionnaireItemText extends AuditedEntity {

    @Id
    @ManyToOne(optional = false)
    @JoinColumn(name = "item_id")
    private QuestionnaireItem item;

    @Id
    private String language;

    private String text;

    protected QuestionnaireItemText() {
    }

    QuestionnaireItemText(QuestionnaireItem item, String language, String text) {
        this.item = item;
        this.language = language;
        this.text = text;
    }

    /** The item's id and the language, as the audit trail names the row: {@code 123:nl}. */
    @Override
    public Object getId() {
        return item.getId() + ":" + language;
    }

    public String getLanguage() {
        return language;
    }

    public String getText() {
        return text;
    }

    void reword(String text) {
        this.text = text;
    }

    /** The primary key: the item (by id) and the language. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private Long item;
        private String language;

        public Key() {
        }

        public Key(Long item, String language) {
            this.item = item;
            this.language = language;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(item, key.item) && Objects.equals(language, key.language);
        }

        @Override
        public int hashCode() {
            return Objects.hash(item, language);
        }
    }
}
