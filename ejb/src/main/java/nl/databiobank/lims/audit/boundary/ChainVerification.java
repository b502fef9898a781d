package nl.databiobank.lims.audit.boundary;

/** The answer to "is the audit trail intact?": how many entries were checked and the first that is not. */
public record ChainVerification(boolean ok, long entries, Long firstBrokenEntry) {

    static ChainVerification intact(long entries) {
        return new ChainVerification(true, entries, null);
    }

    static ChainVerification brokenAt(long entries, long id) {
        return new ChainVerification(false, entries, id);
    }
}
