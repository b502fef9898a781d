package nl.databiobank.lims.study.entity;

/** Why a request's coordinator is told something. */
public enum NoticeKind {
    RESERVATION_CANCELLED,
    /** A picked tube (out of the freezer, on its way) lost a key: someone must take it out of the shipment. */
    PICKED_SAMPLE_WITHDRAWN,
    WITHDRAWAL_AFTER_SHIPMENT,
    PHYSICIAN_REFUSED
}
