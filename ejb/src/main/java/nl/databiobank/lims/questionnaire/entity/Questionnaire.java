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
import java.util.Collection;
import java.util.List;
import nl.databiobank.lims.audit.entity.AuditedEntity;

/** A version of a questionnaire: its items, the scales scored from them and an optional summary score. */
@Entity
@Table(name = "questionnaire")
@NamedQuery(name = Questionnaire.BY_CODE, query = "select q from Questionnaire q where q.code = :code"
        + " order by q.createdAt desc, q.id desc")
@NamedQuery(name = Questionnaire.BY_CODE_AND_VERSION, query = "select q from Questionnaire q where q.code = :code"
        + " and q.definitionVersion = :version")
@NamedQuery(name = Questionnaire.ALL, query = "select q from Questionnaire q order by q.code, q.createdAt")
public class Questionnaire extends AuditedEntity {

    public static final String BY_CODE = "Questionnaire.byCode";
    public static final String BY_CODE_AND_VERSION = "Questionnaire.byCodeAndVersion";
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

    public Questionnaire(String code, String definitionVersion, String title, String summaryCode, Instant createdAt) {
        this.code = code;
        this.definitionVersion = definitionVersion;
        this.title = title;
        this.summaryCode = summaryCode;
        this.createdAt = createdAt;
    }

    public QuestionnaireItem addItem(int number, int minAnswer, int maxAnswer, String label) {
        QuestionnaireItem item = new QuestionnaireItem(this, number, minAnswer, maxAnswer, label);
        items.add(item);
        return item;
    }

    /** Adds a scale after the ones there are: the order of the scales is the order of the scores. */
    public QuestionnaireScale addScale(String code, String kind, String label, String inSummary,
                                       Collection<Integer> itemNumbers) {
        QuestionnaireScale scale = new QuestionnaireScale(this, code, kind, label, scales.size() + 1, inSummary,
                itemNumbers);
        scales.add(scale);
        return scale;
    }

    /**
     * Takes the title and summary code of a replacement definition of the same version. Only for a
     * definition no response uses: the database refuses the update of one that is in use.
     */
    public void retitle(String title, String summaryCode) {
        this.title = title;
        this.summaryCode = summaryCode;
    }

    /**
     * Lets go of every item and scale and answers them, for the caller to remove (with their wording)
     * before the replacement's are added.
     */
    public List<Object> takeOutItemsAndScales() {
        List<Object> removed = new ArrayList<>(scales);
        removed.addAll(items);
        scales.clear();
        items.clear();
        return removed;
    }

    public QuestionnaireItem item(int number) {
        return items.stream().filter(i -> i.getNumber() == number).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(code + " " + definitionVersion + " has no item " + number));
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

    public Instant getCreatedAt() {
        return createdAt;
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
