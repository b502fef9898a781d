package nl.databiobank.lims.label.entity;

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
import java.io.Serializable;
import nl.databiobank.lims.audit.entity.AuditedEntity;
import nl.databiobank.lims.barcode.label.LabelLayout;
import nl.databiobank.lims.barcode.symbol.Symbology;

/**
 * A label layout as an ADMIN keeps it: the physical label and how barcode and text fill it, the
 * purpose it serves and whether it is that purpose's default. {@link #toLayout()} turns it into
 * barcode-labels' {@link LabelLayout}, which checks the values once more.
 */
@Entity
@Table(name = "label_layout")
@NamedQuery(name = LabelLayoutDefinition.ALL, query = "select l from LabelLayoutDefinition l order by l.purpose, l.name")
@NamedQuery(name = LabelLayoutDefinition.BY_NAME,
        query = "select l from LabelLayoutDefinition l where lower(l.name) = lower(:name)")
@NamedQuery(name = LabelLayoutDefinition.DEFAULT_FOR,
        query = "select l from LabelLayoutDefinition l where l.purpose = :purpose and l.defaultLayout = true")
public class LabelLayoutDefinition extends AuditedEntity implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String ALL = "LabelLayoutDefinition.all";
    public static final String BY_NAME = "LabelLayoutDefinition.byName";
    public static final String DEFAULT_FOR = "LabelLayoutDefinition.defaultFor";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "label_layout_seq")
    @SequenceGenerator(name = "label_layout_seq", sequenceName = "label_layout_seq", allocationSize = 50)
    private Long id;

    private String name;

    @Enumerated(EnumType.STRING)
    private LabelPurpose purpose;

    @Column(name = "width_mm")
    private double widthMm;

    @Column(name = "height_mm")
    private double heightMm;

    @Enumerated(EnumType.STRING)
    private Symbology symbology;

    @Column(name = "margin_mm")
    private double marginMm;

    @Column(name = "module_mm")
    private double moduleMm;

    @Column(name = "bar_height_mm")
    private double barHeightMm;

    @Column(name = "identifier_size_pt")
    private double identifierSizePt;

    @Column(name = "text_size_pt")
    private double textSizePt;

    @Column(name = "is_default")
    private boolean defaultLayout;

    private boolean active = true;

    @Version
    private long version;

    protected LabelLayoutDefinition() {
    }

    public LabelLayoutDefinition(String name, LabelPurpose purpose, LabelLayout layout) {
        this.purpose = purpose;
        describe(name, layout);
    }

    /** Takes the name and every measure of {@code layout} (already checked by its constructor). */
    public final void describe(String newName, LabelLayout layout) {
        this.name = newName;
        this.widthMm = layout.widthMm();
        this.heightMm = layout.heightMm();
        this.symbology = layout.symbology();
        this.marginMm = layout.marginMm();
        this.moduleMm = layout.moduleMm();
        this.barHeightMm = layout.barHeightMm();
        this.identifierSizePt = layout.identifierSizePt();
        this.textSizePt = layout.textSizePt();
    }

    /** The layout barcode-labels renders with. */
    public LabelLayout toLayout() {
        return new LabelLayout(name, widthMm, heightMm, symbology, marginMm, moduleMm, barHeightMm, identifierSizePt,
                textSizePt);
    }

    public void setPurpose(LabelPurpose purpose) {
        this.purpose = purpose;
    }

    public void setDefaultLayout(boolean defaultLayout) {
        this.defaultLayout = defaultLayout;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public LabelPurpose getPurpose() {
        return purpose;
    }

    public double getWidthMm() {
        return widthMm;
    }

    public double getHeightMm() {
        return heightMm;
    }

    public Symbology getSymbology() {
        return symbology;
    }

    public double getMarginMm() {
        return marginMm;
    }

    public double getModuleMm() {
        return moduleMm;
    }

    public double getBarHeightMm() {
        return barHeightMm;
    }

    public double getIdentifierSizePt() {
        return identifierSizePt;
    }

    public double getTextSizePt() {
        return textSizePt;
    }

    public boolean isDefaultLayout() {
        return defaultLayout;
    }

    public boolean isActive() {
        return active;
    }

    public long getVersion() {
        return version;
    }
}
