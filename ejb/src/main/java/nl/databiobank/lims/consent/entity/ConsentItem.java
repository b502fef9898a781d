package nl.databiobank.lims.consent.entity;

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
import java.util.Locale;
import nl.databiobank.lims.audit.entity.AuditedEntity;

/** One question of a consent form, with a code that stays the same across versions (TISSUE, BLOOD…). */
@Entity
@Table(name = "consent_item")
@NamedQuery(name = ConsentItem.CODES, query = "select distinct i.code from ConsentItem i")
public class ConsentItem extends AuditedEntity {

    public static final String CODES = "ConsentItem.codes";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "consent_item_seq")
    @SequenceGenerator(name = "consent_item_seq", sequenceName = "consent_item_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "form_id")
    private ConsentForm form;

    private String code;
    private int position;

    @Column(name = "text_nl")
    private String textNl;

    @Column(name = "text_en")
    private String textEn;

    protected ConsentItem() {
    }

    ConsentItem(ConsentForm form, String code, int position, String textNl, String textEn) {
        this.form = form;
        this.code = code;
        this.position = position;
        this.textNl = textNl;
        this.textEn = textEn;
    }

    public String text(Locale locale) {
        return "nl".equals(locale.getLanguage()) ? textNl : textEn;
    }

    @Override
    public Long getId() {
        return id;
    }

    public ConsentForm getForm() {
        return form;
    }

    public String getCode() {
        return code;
    }

    public int getPosition() {
        return position;
    }

    public String getTextNl() {
        return textNl;
    }

    public String getTextEn() {
        return textEn;
    }
}
