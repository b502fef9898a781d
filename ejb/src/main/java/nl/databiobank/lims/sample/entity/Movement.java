package nl.databiobank.lims.sample.entity;

/**
 * From where to where a custody event took a sample, as people read it ("B0000123X A1"); null
 * where the event did not move it.
 */
public record Movement(String from, String to) {

    public static final Movement NONE = new Movement(null, null);

    public static Movement to(String to) {
        return new Movement(null, to);
    }

    public static Movement from(String from) {
        return new Movement(from, null);
    }
}
