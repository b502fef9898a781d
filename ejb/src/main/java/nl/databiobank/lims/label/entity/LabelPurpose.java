package nl.databiobank.lims.label.entity;

/** What a label layout is for; each purpose has one default layout. */
public enum LabelPurpose {
    /** Tubes: primary samples, aliquots and derivatives other than slides. */
    SAMPLE,
    /** Boxes and racks. */
    BOX,
    /** Tissue slides, which take a wider, flatter label than a tube. */
    SLIDE
}
