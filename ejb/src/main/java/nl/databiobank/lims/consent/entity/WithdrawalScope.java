package nl.databiobank.lims.consent.entity;

/** How far a withdrawal reaches; each scope includes the ones before it. */
public enum WithdrawalScope {
    /** No more contact: no questionnaires, no recontact; material and data may still be used. */
    NO_FURTHER_CONTACT,
    /** Nothing more is used, collected or released. */
    NO_FURTHER_USE,
    /** As no further use, and the stored material is destroyed. */
    DESTROY_MATERIAL,
    /** As destroy material, and the data is destroyed or anonymised. */
    DESTROY_DATA;

    public boolean destroysMaterial() {
        return this == DESTROY_MATERIAL || this == DESTROY_DATA;
    }
}
