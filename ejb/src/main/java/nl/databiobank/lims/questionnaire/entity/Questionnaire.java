package nl.databiobank.lims.questionnaire.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.databiobank.lims.audit.entity.AuditedEntity;

/** A version of a questionnaire: its items, the scales scored from them and an optional summary score. */
@Entity
@Table(name = "questionnaire")
@NamedQuery(name = Questionnaire.BY_CODE, query = "select q from Questionnaire q where q.code = :code"
        + " order by q.createdAt desc, q.id desc")
@NamedQuery(name = Questionnaire.ALL, query = "select q from Questionnaire q order by q.code, q.createdAt")
public class Questionnaire extends AuditedEntity {

    public static final String BY_CODE = "Questionnaire.byCode";
    public static final String ALL = "Questionnaire.all";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "questionnaire_seq")
    @SequenceGenerator(name = "questionnaire_seq", sequenceName = "questionnaire_seq", allocationSize = 50)
    private Long id;

    private String code;

    @Column(name = "definition_version")
    private String definitionVersion;

    private String title;

    @Column(name = "summary_code")
    private String summaryCode;

    @Column(name = "created_at")
    private Instant createdAt;

    @OneToMany(mappedBy = "questionnaire", cascade = CascadeType.PERSIST)
    @OrderBy("number")
    private List<QuestionnaireItem> items = new ArrayList<>();

    @OneToMany(mappedBy = "questionnaire", cascade = CascadeType.PERSIST)
    @OrderBy("position")
    private List<QuestionnaireScale> scales = new ArrayList<>();

    @Version
    private long version;

    protected Questionnaire() {
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getDefinitionVersion() {
        return definitionVersion;
    }

    public String getTitle() {
        return title;
    }

    public String getSummaryCode() {
        return summaryCode;
    }

    public List<QuestionnaireItem> getItems() {
        return items;
    }

    public List<QuestionnaireScale> getScales() {
        return scales;
    }
}
