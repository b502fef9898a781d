package nl.databiobank.lims.sample.entity;

/** The unit a sample type's quantity is counted in. */
public enum QuantityUnit {
    ML("mL"),
    UG("µg"),
    MG("mg"),
    PIECE("piece");

    private final String symbol;

    QuantityUnit(String symbol) {
        this.symbol = symbol;
    }

    /** As written on labels and in the API: mL, µg, mg, piece. */
    public String symbol() {
        return symbol;
    }
}
