package nl.databiobank.lims.study.entity;

/** Why a request's coordinator is told something. */
public enum NoticeKind {
    RESERVATION_CANCELLED, WITHDRAWAL_AFTER_SHIPMENT, PHYSICIAN_REFUSED
}
