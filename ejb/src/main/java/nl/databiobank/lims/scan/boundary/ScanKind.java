package nl.databiobank.lims.scan.boundary;

/** What a scan names: a tube (sample or kit tube), a container, a participant, or a position in the open box. */
public enum ScanKind {
    TUBE, BOX, RACK, FREEZER, PARTICIPANT, POSITION
}
