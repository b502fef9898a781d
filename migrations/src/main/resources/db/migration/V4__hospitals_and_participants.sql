-- Participants of the biobank (DESIGN.md rule 7): research data under a pseudonym in
-- "participant"; the identity (hospital number, name, date of birth) encrypted, in a table of its
-- own, found again by a keyed hash of the hospital number, never by decrypting everything.
-- Seeded rows take ids 1-50; EclipseLink's first block from START WITH 100 is 51-100.
CREATE SEQUENCE hospital_seq START WITH 100 INCREMENT BY 50;
CREATE SEQUENCE participant_seq START WITH 50 INCREMENT BY 50;
-- The number in a pseudonym: one by one, never reused, so a pseudonym names one person forever.
CREATE SEQUENCE participant_number_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE hospital (
    id       bigint       PRIMARY KEY,
    code     varchar(32)  NOT NULL,
    name     varchar(200) NOT NULL,
    city     varchar(100),
    active   boolean      NOT NULL DEFAULT true,
    version  bigint       NOT NULL DEFAULT 0,
    CONSTRAINT hospital_code_key UNIQUE (code),
    CONSTRAINT hospital_code_format CHECK (code ~ '^[A-Z][A-Z0-9_-]{1,31}$')
);

-- The hospitals of the regional oncology network.
INSERT INTO hospital (id, code, name, city) VALUES
    (1, 'UMCG', 'Universitair Medisch Centrum Groningen', 'Groningen'),
    (2, 'MZH', 'Martini Ziekenhuis', 'Groningen'),
    (3, 'OZG', 'Ommelander Ziekenhuis Groningen', 'Scheemda'),
    (4, 'TREANT-EMMEN', 'Treant Emmen', 'Emmen'),
    (5, 'TREANT-HOOGEVEEN', 'Treant Hoogeveen', 'Hoogeveen'),
    (6, 'TREANT-STADSKANAAL', 'Treant Stadskanaal', 'Stadskanaal'),
    (7, 'WZA', 'Wilhelmina Ziekenhuis Assen', 'Assen'),
    (8, 'MCL', 'Medisch Centrum Leeuwarden', 'Leeuwarden'),
    (9, 'ANTONIUS', 'Antonius Sneek', 'Sneek'),
    (10, 'NIJSMELLINGHE', 'Nij Smellinghe Drachten', 'Drachten'),
    (11, 'TJONGERSCHANS', 'Tjongerschans Heerenveen', 'Heerenveen'),
    (12, 'ISALA', 'Isala Zwolle', 'Zwolle'),
    (13, 'MST', 'Medisch Spectrum Twente', 'Enschede');

CREATE TABLE participant (
    id                  bigint       PRIMARY KEY,
    pseudonym           varchar(20)  NOT NULL,
    sex                 varchar(10)  NOT NULL,
    hospital_id         bigint       NOT NULL REFERENCES hospital (id),
    diagnosis_code      varchar(8)   NOT NULL,
    diagnosis_text      varchar(500),
    diagnosis_date      date         NOT NULL,
    treating_physician  varchar(200) NOT NULL,
    cohort              varchar(100) NOT NULL,
    status              varchar(20)  NOT NULL,
    status_date         date         NOT NULL,
    enrolled_at         timestamptz  NOT NULL,
    version             bigint       NOT NULL DEFAULT 0,
    CONSTRAINT participant_pseudonym_key UNIQUE (pseudonym),
    CONSTRAINT participant_sex_known CHECK (sex IN ('FEMALE', 'MALE', 'OTHER', 'UNKNOWN')),
    -- ICD-10: a letter, two digits, optionally a dot and one to four more characters (C50.9, C18.7)
    CONSTRAINT participant_icd10_format CHECK (diagnosis_code ~ '^[A-Z][0-9]{2}(\.[0-9A-Z]{1,4})?$'),
    CONSTRAINT participant_status_known CHECK (status IN ('ACTIVE', 'WITHDRAWN', 'DECEASED', 'LOST_TO_FOLLOW_UP'))
);
CREATE INDEX participant_hospital ON participant (hospital_id);
CREATE INDEX participant_cohort ON participant (cohort);

CREATE TABLE participant_identity (
    participant_id     bigint    PRIMARY KEY REFERENCES participant (id),
    mrn_digest         char(64)  NOT NULL,
    mrn_sealed         bytea     NOT NULL,
    name_sealed        bytea     NOT NULL,
    birth_date_sealed  bytea     NOT NULL,
    version            bigint    NOT NULL DEFAULT 0,
    -- one hospital number, one participant
    CONSTRAINT participant_identity_mrn_once UNIQUE (mrn_digest)
);
