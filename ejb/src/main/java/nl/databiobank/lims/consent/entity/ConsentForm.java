package nl.databiobank.lims.consent.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.databiobank.lims.audit.entity.AuditedEntity;

/**
 * One version of a consent form, approved by an ethics committee, with its items. Once a consent
 * was recorded on it, it never changes (the database refuses); a change is a new version.
 */
@Entity
@Table(name = "consent_form")
@NamedQuery(name = ConsentForm.ALL, query = "select f from ConsentForm f order by f.code, f.formVersion")
@NamedQuery(name = ConsentForm.BY_CODE_AND_VERSION,
        query = "select f from ConsentForm f where f.code = :code and f.formVersion = :formVersion")
@NamedQuery(name = ConsentForm.LATEST_VERSION,
        query = "select max(f.formVersion) from ConsentForm f where f.code = :code")
public class ConsentForm extends AuditedEntity {

    public static final String ALL = "ConsentForm.all";
    public static final String BY_CODE_AND_VERSION = "ConsentForm.byCodeAndVersion";
    public static final String LATEST_VERSION = "ConsentForm.latestVersion";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "consent_form_seq")
    @SequenceGenerator(name = "consent_form_seq", sequenceName = "consent_form_seq", allocationSize = 50)
    private Long id;

    private String code;

    @Column(name = "form_version")
    private int formVersion;

    private String languages;
    private String title;

    @Column(name = "ethics_reference")
    private String ethicsReference;

    @Column(name = "valid_from")
    private LocalDate validFrom;

    @Column(name = "valid_until")
    private LocalDate validUntil;

    @Column(name = "witness_required")
    private boolean witnessRequired;

    @Version
    private long version;

    @OneToMany(mappedBy = "form", cascade = CascadeType.PERSIST, fetch = FetchType.EAGER)
    @OrderBy("position")
    private List<ConsentItem> items = new ArrayList<>();

    protected ConsentForm() {
    }

    public ConsentForm(String code, int formVersion, String languages, String title, String ethicsReference,
                       LocalDate validFrom, LocalDate validUntil, boolean witnessRequired) {
        this.code = code;
        this.formVersion = formVersion;
        this.languages = languages;
        this.title = title;
        this.ethicsReference = ethicsReference;
        this.validFrom = validFrom;
        this.validUntil = validUntil;
        this.witnessRequired = witnessRequired;
    }

    public ConsentItem addItem(String itemCode, String textNl, String textEn) {
        ConsentItem item = new ConsentItem(this, itemCode, items.size() + 1, textNl, textEn);
        items.add(item);
        return item;
    }

    /** Whether a consent signed on {@code day} may be on this form. */
    public boolean isValidOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validUntil == null || !day.isAfter(validUntil));
    }

    public Optional<ConsentItem> item(String itemCode) {
        return items.stream().filter(i -> i.getCode().equals(itemCode)).findFirst();
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public int getFormVersion() {
        return formVersion;
    }

    public String getLanguages() {
        return languages;
    }

    public String getTitle() {
        return title;
    }

    public String getEthicsReference() {
        return ethicsReference;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public boolean isWitnessRequired() {
        return witnessRequired;
    }

    public List<ConsentItem> getItems() {
        return List.copyOf(items);
    }
}
