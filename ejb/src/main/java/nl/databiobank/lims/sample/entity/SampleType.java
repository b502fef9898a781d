package nl.databiobank.lims.sample.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Locale;
import nl.databiobank.lims.audit.entity.AuditedEntity;

/**
 * A kind of material (serum, DNA, FFPE block): reference data an ADMIN maintains. It names the
 * consent item a participant must have granted before material of this type is taken (rule 3).
 */
@Entity
@Table(name = "sample_type")
@NamedQuery(name = SampleType.ALL, query = "select t from SampleType t order by t.code")
@NamedQuery(name = SampleType.BY_CODE, query = "select t from SampleType t where t.code = :code")
public class SampleType extends AuditedEntity {

    public static final String ALL = "SampleType.all";
    public static final String BY_CODE = "SampleType.byCode";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sample_type_seq")
    @SequenceGenerator(name = "sample_type_seq", sequenceName = "sample_type_seq", allocationSize = 50)
    private Long id;

    private String code;

    @Column(name = "name_en")
    private String nameEn;

    @Column(name = "name_nl")
    private String nameNl;

    @Column(name = "consent_item")
    private String consentItem;

    @Enumerated(EnumType.STRING)
    private QuantityUnit unit;

    @Column(name = "default_container")
    private String defaultContainer;

    @Enumerated(EnumType.STRING)
    private Material material;

    @Column(name = "sprec_type")
    private String sprecType;

    @Column(name = "sprec_container")
    private String sprecContainer;

    @Column(name = "sprec_centrifugations")
    private Integer sprecCentrifugations;

    private boolean active = true;

    @Version
    private long version;

    protected SampleType() {
    }

    public SampleType(String code, String nameEn, String nameNl, String consentItem, QuantityUnit unit,
                      String defaultContainer, Material material, Sprec sprec) {
        this.code = code;
        describe(nameEn, nameNl, consentItem, unit, defaultContainer, material, sprec);
    }

    public final void describe(String nameEn, String nameNl, String consentItem, QuantityUnit unit,
                               String defaultContainer, Material material, Sprec sprec) {
        this.nameEn = nameEn;
        this.nameNl = nameNl;
        this.consentItem = consentItem;
        this.unit = unit;
        this.defaultContainer = defaultContainer;
        this.material = material;
        this.sprecType = sprec.type();
        this.sprecContainer = sprec.container();
        this.sprecCentrifugations = sprec.centrifugations();
    }

    /** How SPREC codes this type: its type of sample, the primary container, how often the SOP spins it. */
    public record Sprec(String type, String container, Integer centrifugations) {
    }

    public Sprec sprec() {
        return new Sprec(sprecType, sprecContainer, sprecCentrifugations);
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public String name(Locale locale) {
        return "nl".equals(locale.getLanguage()) ? nameNl : nameEn;
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getNameNl() {
        return nameNl;
    }

    public String getConsentItem() {
        return consentItem;
    }

    public QuantityUnit getUnit() {
        return unit;
    }

    public String getDefaultContainer() {
        return defaultContainer;
    }

    public Material getMaterial() {
        return material;
    }

    public String getSprecType() {
        return sprecType;
    }

    public String getSprecContainer() {
        return sprecContainer;
    }

    public boolean isActive() {
        return active;
    }

    public long getVersion() {
        return version;
    }
}
