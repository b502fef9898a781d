-- Studies and their ethics approvals (issue 7, first step). A study is what material and data are
-- released to; an approval says until when, and within which scope (DESIGN.md rule 4).
CREATE SEQUENCE study_seq START WITH 100 INCREMENT BY 50;
CREATE SEQUENCE study_member_seq START WITH 100 INCREMENT BY 50;
CREATE SEQUENCE ethics_approval_seq START WITH 100 INCREMENT BY 50;

-- The principal investigator and the members are accounts (app_user.username is unique and never
-- changes); that they hold RESEARCHER is checked by the service, as roles may change later.
CREATE TABLE study (
    id                      bigint        PRIMARY KEY,
    code                    varchar(32)   NOT NULL,
    title                   varchar(300)  NOT NULL,
    principal_investigator  varchar(64)   NOT NULL REFERENCES app_user (username),
    institution             varchar(200)  NOT NULL,
    summary                 varchar(4000),
    status                  varchar(16)   NOT NULL DEFAULT 'DRAFT',
    created_by              varchar(64)   NOT NULL,
    created_at              timestamptz   NOT NULL,
    version                 bigint        NOT NULL DEFAULT 0,
    CONSTRAINT study_code_key UNIQUE (code),
    -- OLS-2026-01: a capital first, then capitals, digits and dashes
    CONSTRAINT study_code_format CHECK (code ~ '^[A-Z][A-Z0-9-]{1,31}$'),
    CONSTRAINT study_title_present CHECK (btrim(title) <> ''),
    CONSTRAINT study_institution_present CHECK (btrim(institution) <> ''),
    CONSTRAINT study_status_known CHECK (status IN ('DRAFT', 'ACTIVE', 'CLOSED'))
);

-- Researchers who work on a study (besides its principal investigator); one may be on several.
CREATE TABLE study_member (
    id         bigint       PRIMARY KEY,
    study_id   bigint       NOT NULL REFERENCES study (id),
    username   varchar(64)  NOT NULL REFERENCES app_user (username),
    added_by   varchar(64)  NOT NULL,
    added_at   timestamptz  NOT NULL,
    version    bigint       NOT NULL DEFAULT 0,
    CONSTRAINT study_member_once UNIQUE (study_id, username)
);
CREATE INDEX study_member_username ON study_member (username);

-- An approval by a medical ethics committee. An amendment is a new row with the next version,
-- pointing at the version it amends (of the same study); the study's current approval is its
-- highest version. Rows are never changed after they are recorded.
CREATE TABLE ethics_approval (
    id                bigint        PRIMARY KEY,
    study_id          bigint        NOT NULL REFERENCES study (id),
    committee         varchar(200)  NOT NULL,
    reference_number  varchar(100)  NOT NULL,
    decision_date     date          NOT NULL,
    valid_from        date          NOT NULL,
    valid_until       date          NOT NULL,
    approval_version  integer       NOT NULL,
    amends_id         bigint,
    max_participants  integer,
    max_samples       integer,
    recorded_by       varchar(64)   NOT NULL,
    recorded_at       timestamptz   NOT NULL,
    version           bigint        NOT NULL DEFAULT 0,
    CONSTRAINT ethics_approval_study_version UNIQUE (study_id, approval_version),
    -- the target of the amends reference below: an amendment amends an approval of its own study
    CONSTRAINT ethics_approval_id_study UNIQUE (id, study_id),
    CONSTRAINT ethics_approval_amends_same_study FOREIGN KEY (amends_id, study_id)
        REFERENCES ethics_approval (id, study_id),
    CONSTRAINT ethics_approval_committee_present CHECK (btrim(committee) <> ''),
    CONSTRAINT ethics_approval_reference_present CHECK (btrim(reference_number) <> ''),
    CONSTRAINT ethics_approval_version_positive CHECK (approval_version >= 1),
    -- the first version amends nothing, every later one amends an earlier one
    CONSTRAINT ethics_approval_amends_iff_later CHECK ((approval_version = 1) = (amends_id IS NULL)),
    CONSTRAINT ethics_approval_amends_other CHECK (amends_id IS NULL OR amends_id <> id),
    CONSTRAINT ethics_approval_validity_ordered CHECK (valid_from <= valid_until),
    -- a committee approves from its decision on, never retroactively
    CONSTRAINT ethics_approval_decided_before_valid CHECK (decision_date <= valid_from),
    CONSTRAINT ethics_approval_max_participants_positive CHECK (max_participants IS NULL OR max_participants > 0),
    CONSTRAINT ethics_approval_max_samples_positive CHECK (max_samples IS NULL OR max_samples > 0)
);
-- the expiring list of the ethics officers
CREATE INDEX ethics_approval_valid_until ON ethics_approval (valid_until);

-- Scope: the sample types the approval allows.
CREATE TABLE approval_sample_type (
    approval_id       bigint       NOT NULL REFERENCES ethics_approval (id),
    sample_type_code  varchar(32)  NOT NULL REFERENCES sample_type (code),
    PRIMARY KEY (approval_id, sample_type_code)
);

-- Scope: the consent items every participant must have said yes to. Items are keyed per consent
-- form (V5), and the same code means the same thing on every form, so this holds the code; the
-- service accepts only codes that some form asks.
CREATE TABLE approval_consent_item (
    approval_id  bigint       NOT NULL REFERENCES ethics_approval (id),
    item_code    varchar(40)  NOT NULL,
    PRIMARY KEY (approval_id, item_code),
    CONSTRAINT approval_consent_item_code_format CHECK (item_code ~ '^[A-Z][A-Z0-9_]{1,39}$')
);

-- Scope: the data that may go with the material.
CREATE TABLE approval_data_item (
    approval_id  bigint       NOT NULL REFERENCES ethics_approval (id),
    data_item    varchar(32)  NOT NULL,
    PRIMARY KEY (approval_id, data_item),
    CONSTRAINT approval_data_item_known CHECK (data_item IN
        ('QUESTIONNAIRE_SCORES', 'DIAGNOSIS', 'AGE_AT_COLLECTION', 'SEX', 'COLLECTION_DATE'))
);
