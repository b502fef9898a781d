-- Versioned consent forms with their items, and the consents participants signed (DESIGN.md rule 3).
-- Seeded rows take ids 1-50; EclipseLink's first block from START WITH 100 is 51-100.
CREATE SEQUENCE consent_form_seq START WITH 100 INCREMENT BY 50;
CREATE SEQUENCE consent_item_seq START WITH 100 INCREMENT BY 50;
CREATE SEQUENCE consent_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE consent_answer_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE consent_form (
    id                bigint       PRIMARY KEY,
    code              varchar(40)  NOT NULL,
    form_version      integer      NOT NULL,
    languages         varchar(20)  NOT NULL,
    title             varchar(200) NOT NULL,
    ethics_reference  varchar(100) NOT NULL,
    valid_from        date         NOT NULL,
    valid_until       date,
    witness_required  boolean      NOT NULL DEFAULT false,
    version           bigint       NOT NULL DEFAULT 0,
    CONSTRAINT consent_form_version_once UNIQUE (code, form_version),
    CONSTRAINT consent_form_code_format CHECK (code ~ '^[A-Z][A-Z0-9_-]{1,39}$'),
    CONSTRAINT consent_form_version_positive CHECK (form_version > 0),
    CONSTRAINT consent_form_validity CHECK (valid_until IS NULL OR valid_until >= valid_from)
);

CREATE TABLE consent_item (
    id        bigint       PRIMARY KEY,
    form_id   bigint       NOT NULL REFERENCES consent_form (id),
    code      varchar(40)  NOT NULL,
    position  integer      NOT NULL,
    text_nl   text         NOT NULL,
    text_en   text         NOT NULL,
    CONSTRAINT consent_item_once UNIQUE (form_id, code),
    CONSTRAINT consent_item_code_format CHECK (code ~ '^[A-Z][A-Z0-9_]{1,39}$')
);

CREATE TABLE consent (
    id              bigint       PRIMARY KEY,
    participant_id  bigint       NOT NULL REFERENCES participant (id),
    form_id         bigint       NOT NULL REFERENCES consent_form (id),
    signed_on       date         NOT NULL,
    recorded_by     varchar(64)  NOT NULL,
    recorded_at     timestamptz  NOT NULL,
    witness         varchar(200),
    document_name   varchar(200) NOT NULL,
    document        bytea        NOT NULL,
    document_sha256 char(64)     NOT NULL,
    version         bigint       NOT NULL DEFAULT 0,
    -- a scanned signed form, not an empty upload; the size limit lives in the service
    CONSTRAINT consent_document_present CHECK (length(document) > 0)
);
CREATE INDEX consent_participant ON consent (participant_id, signed_on);

CREATE TABLE consent_answer (
    id          bigint   PRIMARY KEY,
    consent_id  bigint   NOT NULL REFERENCES consent (id),
    item_id     bigint   NOT NULL REFERENCES consent_item (id),
    granted     boolean  NOT NULL,
    CONSTRAINT consent_answer_once UNIQUE (consent_id, item_id)
);

-- A form in use is never edited: a change is a new version.
CREATE FUNCTION refuse_change_of_used_consent_form() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    form bigint := CASE WHEN TG_TABLE_NAME = 'consent_form' THEN OLD.id ELSE OLD.form_id END;
BEGIN
    IF EXISTS (SELECT 1 FROM consent WHERE form_id = form) THEN
        RAISE EXCEPTION 'consent form % is in use: make a new version instead of changing it', form
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END
$$;
CREATE TRIGGER consent_form_frozen_when_used BEFORE UPDATE OR DELETE ON consent_form
    FOR EACH ROW EXECUTE FUNCTION refuse_change_of_used_consent_form();
CREATE TRIGGER consent_item_frozen_when_used BEFORE UPDATE OR DELETE ON consent_item
    FOR EACH ROW EXECUTE FUNCTION refuse_change_of_used_consent_form();

-- Every item of the form answered yes or no, checked when the transaction commits (no defaults).
CREATE FUNCTION check_every_item_answered() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    missing integer;
BEGIN
    SELECT count(*) INTO missing
      FROM consent_item i
     WHERE i.form_id = NEW.form_id
       AND NOT EXISTS (SELECT 1 FROM consent_answer a WHERE a.consent_id = NEW.id AND a.item_id = i.id);
    IF missing > 0 THEN
        RAISE EXCEPTION 'consent %: % item(s) of its form left unanswered', NEW.id, missing
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN NULL;
END
$$;
CREATE CONSTRAINT TRIGGER consent_every_item_answered AFTER INSERT ON consent
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION check_every_item_answered();

-- The seed form, modelled on a hospital data-biobank's informed consent.
INSERT INTO consent_form (id, code, form_version, languages, title, ethics_reference, valid_from, witness_required)
VALUES (1, 'BIOBANK', 1, 'nl,en', 'Data- and biobank informed consent', 'METc 2008/338', '2009-01-01', false);
INSERT INTO consent_item (id, form_id, code, position, text_nl, text_en) VALUES
    (1, 1, 'QUESTIONNAIRES', 1, 'Ik wil vragenlijsten over mijn kwaliteit van leven invullen.', 'I will fill in questionnaires about my quality of life.'),
    (2, 1, 'CLINICAL_DATA', 2, 'Mijn medische gegevens mogen voor onderzoek worden gebruikt.', 'My medical data may be used for research.'),
    (3, 1, 'BLOOD', 3, 'Mijn bloed mag worden afgenomen en bewaard voor onderzoek.', 'My blood may be taken and stored for research.'),
    (4, 1, 'TISSUE', 4, 'Mijn weefsel mag worden bewaard en gebruikt voor onderzoek.', 'My tissue may be stored and used for research.'),
    (5, 1, 'OTHER_MATERIAL', 5, 'Ander lichaamsmateriaal (urine, speeksel, ontlasting) mag worden bewaard voor onderzoek.', 'Other body material (urine, saliva, stool) may be stored for research.'),
    (6, 1, 'GENETIC_RESEARCH', 6, 'Mijn materiaal mag worden gebruikt voor erfelijkheidsonderzoek.', 'My material may be used for genetic research.'),
    (7, 1, 'RECONTACT', 7, 'Ik mag opnieuw worden benaderd voor aanvullend onderzoek.', 'I may be contacted again for further research.'),
    (8, 1, 'REGISTRY_LINKAGE', 8, 'Mijn gegevens mogen worden gekoppeld aan registraties zoals de Nederlandse Kankerregistratie.', 'My data may be linked to registries such as the Netherlands Cancer Registry.'),
    (9, 1, 'COMMERCIAL_PARTNERS', 9, 'Mijn materiaal en gegevens mogen worden gebruikt in onderzoek met commerciële partners.', 'My material and data may be used in research with commercial partners.'),
    (10, 1, 'SHARE_OUTSIDE_EU', 10, 'Mijn gecodeerde gegevens en materiaal mogen worden gedeeld met onderzoekers buiten de EU.', 'My coded data and material may be shared with researchers outside the EU.'),
    (11, 1, 'INCIDENTAL_FINDINGS', 11, 'Ik wil worden geïnformeerd over toevalsbevindingen die voor mijn gezondheid van belang zijn.', 'I want to be told of incidental findings that matter for my health.');
