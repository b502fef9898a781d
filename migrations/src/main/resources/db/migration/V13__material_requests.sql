-- Material requests (issue 7): filed by a researcher under a study, reviewed by an ethics officer,
-- agreed to by the treating physicians, allocated, picked, shipped under study pseudonyms, and
-- reported on. DESIGN.md rule 4 (no release without every key) and rule 7 (pseudonyms outward).
CREATE SEQUENCE material_request_seq START WITH 100 INCREMENT BY 50;
CREATE SEQUENCE request_step_seq START WITH 100 INCREMENT BY 50;
CREATE SEQUENCE physician_agreement_seq START WITH 100 INCREMENT BY 50;
CREATE SEQUENCE request_sample_seq START WITH 100 INCREMENT BY 50;
CREATE SEQUENCE request_notice_seq START WITH 100 INCREMENT BY 50;
CREATE SEQUENCE study_pseudonym_seq START WITH 100 INCREMENT BY 50;
CREATE SEQUENCE shipment_seq START WITH 100 INCREMENT BY 50;

-- What a researcher asks for, and where the request stands. The officer's decision (conditions of
-- an approval, or the reason for a rejection) and the approval version it was taken under stay.
CREATE TABLE material_request (
    id                        bigint         PRIMARY KEY,
    study_id                  bigint         NOT NULL REFERENCES study (id),
    title                     varchar(200)   NOT NULL,
    purpose                   varchar(4000)  NOT NULL,
    sample_type_code          varchar(32)    NOT NULL REFERENCES sample_type (code),
    min_quantity              numeric(12, 3) NOT NULL,
    participants_wanted       integer        NOT NULL,
    aliquots_per_participant  integer        NOT NULL DEFAULT 1,
    status                    varchar(16)    NOT NULL DEFAULT 'DRAFT',
    requested_by              varchar(64)    NOT NULL REFERENCES app_user (username),
    created_at                timestamptz    NOT NULL,
    decided_by                varchar(64),
    decided_at                timestamptz,
    decision_note             varchar(4000),
    approval_id               bigint         REFERENCES ethics_approval (id),
    coordinator               varchar(64),
    version                   bigint         NOT NULL DEFAULT 0,
    CONSTRAINT material_request_status_known CHECK (status IN ('DRAFT', 'SUBMITTED', 'UNDER_REVIEW', 'APPROVED',
        'REJECTED', 'ALLOCATED', 'PICKED', 'SHIPPED', 'CLOSED')),
    CONSTRAINT material_request_title_present CHECK (btrim(title) <> ''),
    CONSTRAINT material_request_purpose_present CHECK (btrim(purpose) <> ''),
    CONSTRAINT material_request_quantity_positive CHECK (min_quantity > 0),
    CONSTRAINT material_request_participants_positive CHECK (participants_wanted > 0),
    CONSTRAINT material_request_aliquots CHECK (aliquots_per_participant BETWEEN 1 AND 20),
    -- a decision is taken once, by someone, under an approval version; a rejection says why
    CONSTRAINT material_request_decided CHECK ((status IN ('DRAFT', 'SUBMITTED', 'UNDER_REVIEW'))
        = (decided_at IS NULL) AND (decided_at IS NULL) = (decided_by IS NULL)),
    CONSTRAINT material_request_decided_under_approval CHECK (decided_at IS NULL OR status = 'REJECTED'
        OR approval_id IS NOT NULL),
    CONSTRAINT material_request_rejection_explained CHECK (status <> 'REJECTED' OR btrim(decision_note) <> '')
);
CREATE INDEX material_request_study ON material_request (study_id);
CREATE INDEX material_request_status ON material_request (status);

-- Which collection time points and diagnoses (ICD-10 codes or their first three characters) the
-- material should come from; none means any.
CREATE TABLE request_time_point (
    request_id  bigint       NOT NULL REFERENCES material_request (id),
    time_point  varchar(20)  NOT NULL,
    PRIMARY KEY (request_id, time_point),
    CONSTRAINT request_time_point_format CHECK (time_point ~ '^(BASELINE|UNSCHEDULED|M[1-9][0-9]{0,2})$')
);
CREATE TABLE request_diagnosis (
    request_id      bigint      NOT NULL REFERENCES material_request (id),
    diagnosis_code  varchar(8)  NOT NULL,
    PRIMARY KEY (request_id, diagnosis_code),
    CONSTRAINT request_diagnosis_format CHECK (diagnosis_code ~ '^[A-Z][0-9]{2}(\.[0-9A-Z]{1,4})?$')
);
-- The data the researcher wants with the material; released only where the approval allows it too.
CREATE TABLE request_data_item (
    request_id  bigint       NOT NULL REFERENCES material_request (id),
    data_item   varchar(32)  NOT NULL,
    PRIMARY KEY (request_id, data_item),
    CONSTRAINT request_data_item_known CHECK (data_item IN
        ('QUESTIONNAIRE_SCORES', 'DIAGNOSIS', 'AGE_AT_COLLECTION', 'SEX', 'COLLECTION_DATE'))
);

-- Every step of the workflow, attributed: the researcher's timeline. Append-only.
CREATE TABLE request_step (
    id           bigint         PRIMARY KEY,
    request_id   bigint         NOT NULL REFERENCES material_request (id),
    status       varchar(16)    NOT NULL,
    occurred_at  timestamptz    NOT NULL,
    recorded_by  varchar(64)    NOT NULL,
    note         varchar(4000)
);
CREATE INDEX request_step_request ON request_step (request_id, id);
CREATE TRIGGER request_step_append_only BEFORE UPDATE OR DELETE ON request_step
    FOR EACH ROW EXECUTE FUNCTION refuse_append_only_change();

-- The second key: the treating physician (as recorded on the participant) of every participant
-- whose material is allocated agrees or refuses, as recorded by a coordinator. One answer per
-- physician per request; a refusal says why.
CREATE TABLE physician_agreement (
    id           bigint         PRIMARY KEY,
    request_id   bigint         NOT NULL REFERENCES material_request (id),
    physician    varchar(200)   NOT NULL,
    agreed       boolean        NOT NULL,
    note         varchar(1000),
    recorded_by  varchar(64)    NOT NULL,
    recorded_at  timestamptz    NOT NULL,
    version      bigint         NOT NULL DEFAULT 0,
    CONSTRAINT physician_agreement_once UNIQUE (request_id, physician),
    CONSTRAINT physician_agreement_refusal_explained CHECK (agreed OR btrim(note) <> '')
);

CREATE TABLE shipment (
    id              bigint         PRIMARY KEY,
    request_id      bigint         NOT NULL REFERENCES material_request (id),
    approval_id     bigint         NOT NULL REFERENCES ethics_approval (id),
    recipient       varchar(200)   NOT NULL,
    address         varchar(500)   NOT NULL,
    shipped_on      date           NOT NULL,
    usage_due_on    date           NOT NULL,
    shipped_by      varchar(64)    NOT NULL,
    shipped_at      timestamptz    NOT NULL,
    version         bigint         NOT NULL DEFAULT 0,
    CONSTRAINT shipment_once UNIQUE (request_id),
    CONSTRAINT shipment_recipient_present CHECK (btrim(recipient) <> '' AND btrim(address) <> ''),
    CONSTRAINT shipment_usage_due_after CHECK (usage_due_on > shipped_on)
);
CREATE INDEX shipment_usage_due ON shipment (usage_due_on);

-- A sample allocated to a request. While RESERVED or PICKED it belongs to that request alone: the
-- partial unique index below is the last word when two coordinators allocate the same tube at once.
CREATE TABLE request_sample (
    id                  bigint        PRIMARY KEY,
    request_id          bigint        NOT NULL REFERENCES material_request (id),
    sample_id           bigint        NOT NULL REFERENCES sample (id),
    state               varchar(12)   NOT NULL,
    allocated_by        varchar(64)   NOT NULL,
    allocated_at        timestamptz   NOT NULL,
    picked_by           varchar(64),
    picked_at           timestamptz,
    shipment_id         bigint        REFERENCES shipment (id),
    cancelled_by        varchar(64),
    cancelled_at        timestamptz,
    cancel_reason       varchar(500),
    usage               varchar(12),
    usage_note          varchar(1000),
    usage_reported_by   varchar(64),
    usage_reported_at   timestamptz,
    returned_by         varchar(64),
    returned_at         timestamptz,
    version             bigint        NOT NULL DEFAULT 0,
    CONSTRAINT request_sample_state_known CHECK (state IN ('RESERVED', 'PICKED', 'SHIPPED', 'CANCELLED')),
    CONSTRAINT request_sample_cancelled CHECK ((state = 'CANCELLED') = (cancelled_at IS NOT NULL)
        AND (cancelled_at IS NULL) = (cancelled_by IS NULL) AND (cancelled_at IS NULL OR btrim(cancel_reason) <> '')),
    CONSTRAINT request_sample_picked CHECK (state NOT IN ('PICKED', 'SHIPPED') OR picked_at IS NOT NULL),
    CONSTRAINT request_sample_shipped CHECK ((state = 'SHIPPED') = (shipment_id IS NOT NULL)),
    CONSTRAINT request_sample_usage_known CHECK (usage IS NULL OR usage IN ('CONSUMED', 'RETURNED', 'HELD')),
    CONSTRAINT request_sample_usage_after_shipping CHECK (usage IS NULL OR state = 'SHIPPED'),
    CONSTRAINT request_sample_usage_reported CHECK ((usage IS NULL) = (usage_reported_at IS NULL)),
    CONSTRAINT request_sample_returned CHECK (returned_at IS NULL OR usage = 'RETURNED')
);
CREATE UNIQUE INDEX request_sample_exclusive ON request_sample (sample_id) WHERE state IN ('RESERVED', 'PICKED');
CREATE UNIQUE INDEX request_sample_shipped_once ON request_sample (sample_id) WHERE state = 'SHIPPED';
CREATE INDEX request_sample_request ON request_sample (request_id, state);
CREATE INDEX request_sample_sample ON request_sample (sample_id);

-- Study-specific pseudonyms (rule 7): a participant has one per study, never the same in two
-- studies (unique across the table), so that two studies cannot join their data on it.
CREATE TABLE study_pseudonym (
    id              bigint        PRIMARY KEY,
    study_id        bigint        NOT NULL REFERENCES study (id),
    participant_id  bigint        NOT NULL REFERENCES participant (id),
    pseudonym       varchar(24)   NOT NULL,
    created_at      timestamptz   NOT NULL,
    CONSTRAINT study_pseudonym_once UNIQUE (study_id, participant_id),
    CONSTRAINT study_pseudonym_unique UNIQUE (pseudonym)
);
CREATE TRIGGER study_pseudonym_append_only BEFORE UPDATE OR DELETE ON study_pseudonym
    FOR EACH ROW EXECUTE FUNCTION refuse_append_only_change();

-- What a request's coordinator must know, e.g. that a withdrawal cancelled a reservation.
CREATE TABLE request_notice (
    id           bigint         PRIMARY KEY,
    request_id   bigint         NOT NULL REFERENCES material_request (id),
    addressee    varchar(64)    NOT NULL,
    kind         varchar(32)    NOT NULL,
    message      varchar(1000)  NOT NULL,
    created_at   timestamptz    NOT NULL,
    read_at      timestamptz,
    version      bigint         NOT NULL DEFAULT 0,
    CONSTRAINT request_notice_kind_known CHECK (kind IN ('RESERVATION_CANCELLED', 'PICKED_SAMPLE_WITHDRAWN',
        'WITHDRAWAL_AFTER_SHIPMENT', 'PHYSICIAN_REFUSED'))
);
CREATE INDEX request_notice_unread ON request_notice (addressee) WHERE read_at IS NULL;
