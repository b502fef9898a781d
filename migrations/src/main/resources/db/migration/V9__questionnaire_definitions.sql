-- Questionnaire definitions as data (issue 6): items with their response scale, scales with the
-- items they score and how, and an optional summary score. A definition in use is never changed:
-- a change is a new version. Item wording per language is the biobank's own licensed data and is
-- not part of this code; the labels here are short and neutral.
-- Seeded rows take ids 1-50 (items and scales 1-100); EclipseLink's first block from START WITH
-- 200 is 151-200.
CREATE SEQUENCE questionnaire_seq START WITH 100 INCREMENT BY 50;
CREATE SEQUENCE questionnaire_item_seq START WITH 200 INCREMENT BY 50;
CREATE SEQUENCE questionnaire_scale_seq START WITH 200 INCREMENT BY 50;

CREATE TABLE questionnaire (
    id                  bigint       PRIMARY KEY,
    code                varchar(40)  NOT NULL,
    definition_version  varchar(20)  NOT NULL,
    title               varchar(200) NOT NULL,
    summary_code        varchar(10),
    created_at          timestamptz  NOT NULL,
    version             bigint       NOT NULL DEFAULT 0,
    CONSTRAINT questionnaire_version_once UNIQUE (code, definition_version),
    CONSTRAINT questionnaire_code_format CHECK (code ~ '^[A-Z][A-Z0-9_-]{1,39}$')
);

CREATE TABLE questionnaire_item (
    id                bigint       PRIMARY KEY,
    questionnaire_id  bigint       NOT NULL REFERENCES questionnaire (id),
    number            integer      NOT NULL,
    min_answer        integer      NOT NULL,
    max_answer        integer      NOT NULL,
    label             varchar(200) NOT NULL,
    CONSTRAINT questionnaire_item_once UNIQUE (questionnaire_id, number),
    CONSTRAINT questionnaire_item_number_positive CHECK (number > 0),
    CONSTRAINT questionnaire_item_range CHECK (min_answer < max_answer)
);

CREATE TABLE questionnaire_scale (
    id                bigint       PRIMARY KEY,
    questionnaire_id  bigint       NOT NULL REFERENCES questionnaire (id),
    code              varchar(10)  NOT NULL,
    kind              varchar(12)  NOT NULL,
    label             varchar(100) NOT NULL,
    position          integer      NOT NULL,
    in_summary        varchar(10),
    CONSTRAINT questionnaire_scale_once UNIQUE (questionnaire_id, code),
    CONSTRAINT questionnaire_scale_kind_known CHECK (kind IN ('FUNCTIONAL', 'SYMPTOM', 'GLOBAL')),
    -- how the scale enters the summary score: as it is, inverted (100 - score), or not at all
    CONSTRAINT questionnaire_scale_summary_known CHECK (in_summary IN ('AS_IS', 'INVERTED'))
);

CREATE TABLE questionnaire_scale_item (
    scale_id     bigint   NOT NULL REFERENCES questionnaire_scale (id),
    item_number  integer  NOT NULL,
    PRIMARY KEY (scale_id, item_number)
);

-- EORTC QLQ-C30 version 3.0: items 1-28 answered 1-4, items 29-30 answered 1-7.
INSERT INTO questionnaire (id, code, definition_version, title, summary_code, created_at) VALUES
    (1, 'QLQ-C30', '3.0', 'EORTC QLQ-C30 (version 3.0)', 'SUM', now());

INSERT INTO questionnaire_item (id, questionnaire_id, number, min_answer, max_answer, label) VALUES
    (1, 1, 1, 1, 4, 'Q1 — physical: strenuous activities'),
    (2, 1, 2, 1, 4, 'Q2 — physical: long walk'),
    (3, 1, 3, 1, 4, 'Q3 — physical: short walk'),
    (4, 1, 4, 1, 4, 'Q4 — physical: in bed or chair'),
    (5, 1, 5, 1, 4, 'Q5 — physical: help with self-care'),
    (6, 1, 6, 1, 4, 'Q6 — role: work and daily activities'),
    (7, 1, 7, 1, 4, 'Q7 — role: hobbies and leisure'),
    (8, 1, 8, 1, 4, 'Q8 — symptom: short of breath'),
    (9, 1, 9, 1, 4, 'Q9 — symptom: pain'),
    (10, 1, 10, 1, 4, 'Q10 — symptom: needed rest'),
    (11, 1, 11, 1, 4, 'Q11 — symptom: trouble sleeping'),
    (12, 1, 12, 1, 4, 'Q12 — symptom: felt weak'),
    (13, 1, 13, 1, 4, 'Q13 — symptom: lacked appetite'),
    (14, 1, 14, 1, 4, 'Q14 — symptom: nauseated'),
    (15, 1, 15, 1, 4, 'Q15 — symptom: vomited'),
    (16, 1, 16, 1, 4, 'Q16 — symptom: constipated'),
    (17, 1, 17, 1, 4, 'Q17 — symptom: diarrhoea'),
    (18, 1, 18, 1, 4, 'Q18 — symptom: tired'),
    (19, 1, 19, 1, 4, 'Q19 — symptom: pain interfering'),
    (20, 1, 20, 1, 4, 'Q20 — cognitive: concentrating'),
    (21, 1, 21, 1, 4, 'Q21 — emotional: tense'),
    (22, 1, 22, 1, 4, 'Q22 — emotional: worried'),
    (23, 1, 23, 1, 4, 'Q23 — emotional: irritable'),
    (24, 1, 24, 1, 4, 'Q24 — emotional: depressed'),
    (25, 1, 25, 1, 4, 'Q25 — cognitive: remembering'),
    (26, 1, 26, 1, 4, 'Q26 — social: family life'),
    (27, 1, 27, 1, 4, 'Q27 — social: social activities'),
    (28, 1, 28, 1, 4, 'Q28 — financial difficulties'),
    (29, 1, 29, 1, 7, 'Q29 — global: overall health'),
    (30, 1, 30, 1, 7, 'Q30 — global: overall quality of life');

-- The summary score (SUM): the mean of the functional scales and of 100 minus each symptom
-- scale but financial difficulties, when all 13 are present; global health is not part of it.
INSERT INTO questionnaire_scale (id, questionnaire_id, code, kind, label, position, in_summary) VALUES
    (1, 1, 'QL2', 'GLOBAL', 'Global health status', 1, NULL),
    (2, 1, 'PF2', 'FUNCTIONAL', 'Physical functioning', 2, 'AS_IS'),
    (3, 1, 'RF2', 'FUNCTIONAL', 'Role functioning', 3, 'AS_IS'),
    (4, 1, 'EF', 'FUNCTIONAL', 'Emotional functioning', 4, 'AS_IS'),
    (5, 1, 'CF', 'FUNCTIONAL', 'Cognitive functioning', 5, 'AS_IS'),
    (6, 1, 'SF', 'FUNCTIONAL', 'Social functioning', 6, 'AS_IS'),
    (7, 1, 'FA', 'SYMPTOM', 'Fatigue', 7, 'INVERTED'),
    (8, 1, 'NV', 'SYMPTOM', 'Nausea and vomiting', 8, 'INVERTED'),
    (9, 1, 'PA', 'SYMPTOM', 'Pain', 9, 'INVERTED'),
    (10, 1, 'DY', 'SYMPTOM', 'Dyspnoea', 10, 'INVERTED'),
    (11, 1, 'SL', 'SYMPTOM', 'Insomnia', 11, 'INVERTED'),
    (12, 1, 'AP', 'SYMPTOM', 'Appetite loss', 12, 'INVERTED'),
    (13, 1, 'CO', 'SYMPTOM', 'Constipation', 13, 'INVERTED'),
    (14, 1, 'DI', 'SYMPTOM', 'Diarrhoea', 14, 'INVERTED'),
    (15, 1, 'FI', 'SYMPTOM', 'Financial difficulties', 15, NULL);

INSERT INTO questionnaire_scale_item (scale_id, item_number) VALUES
    (1, 29), (1, 30), (2, 1), (2, 2), (2, 3), (2, 4), (2, 5), (3, 6),
    (3, 7), (4, 21), (4, 22), (4, 23), (4, 24), (5, 20), (5, 25), (6, 26),
    (6, 27), (7, 10), (7, 12), (7, 18), (8, 14), (8, 15), (9, 9), (9, 19),
    (10, 8), (11, 11), (12, 13), (13, 16), (14, 17), (15, 28);
