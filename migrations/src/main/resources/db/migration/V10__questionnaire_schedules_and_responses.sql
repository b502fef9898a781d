-- When participants answer questionnaires (issue 6): a schedule per cohort of time points
-- relative to an anchor date, each participant's planned time points with their windows, and the
-- responses with their answers and the scores computed from them.
-- Seeded rows take ids 1-50; EclipseLink's first block from START WITH 100 is 51-100.
CREATE SEQUENCE questionnaire_schedule_seq START WITH 100 INCREMENT BY 50;
CREATE SEQUENCE schedule_point_seq START WITH 100 INCREMENT BY 50;
CREATE SEQUENCE participant_time_point_seq START WITH 100 INCREMENT BY 50;
CREATE SEQUENCE questionnaire_response_seq START WITH 100 INCREMENT BY 50;

-- The start of treatment, where a schedule counts from it; unknown until the nurse records it.
ALTER TABLE participant ADD COLUMN treatment_start date;
ALTER TABLE participant ADD CONSTRAINT participant_treatment_after_diagnosis
    CHECK (treatment_start IS NULL OR treatment_start >= diagnosis_date);

-- A cohort's schedule; the one without a cohort is the biobank's standard, for every cohort that
-- has none of its own.
CREATE TABLE questionnaire_schedule (
    id                  bigint       PRIMARY KEY,
    cohort              varchar(100),
    name                varchar(100) NOT NULL,
    questionnaire_code  varchar(40)  NOT NULL,
    anchor              varchar(20)  NOT NULL,
    version             bigint       NOT NULL DEFAULT 0,
    CONSTRAINT questionnaire_schedule_anchor_known CHECK (anchor IN ('DIAGNOSIS', 'TREATMENT_START'))
);
-- one schedule per cohort, and one standard
CREATE UNIQUE INDEX questionnaire_schedule_cohort_once ON questionnaire_schedule (coalesce(cohort, ''));

-- A moment of the schedule: so many months and days after the anchor, with a window around it
-- in which an answer counts for this moment.
CREATE TABLE schedule_point (
    id                  bigint       PRIMARY KEY,
    schedule_id         bigint       NOT NULL REFERENCES questionnaire_schedule (id),
    code                varchar(10)  NOT NULL,
    label               varchar(100) NOT NULL,
    offset_months       integer      NOT NULL,
    offset_days         integer      NOT NULL DEFAULT 0,
    window_before_days  integer      NOT NULL,
    window_after_days   integer      NOT NULL,
    CONSTRAINT schedule_point_once UNIQUE (schedule_id, code),
    CONSTRAINT schedule_point_code_format CHECK (code ~ '^[A-Z][A-Z0-9]{0,9}$'),
    CONSTRAINT schedule_point_offset_sane CHECK (offset_months >= 0 AND offset_months <= 600
        AND offset_days >= -366 AND offset_days <= 366),
    CONSTRAINT schedule_point_window_sane CHECK (window_before_days >= 0 AND window_after_days >= 0
        AND window_before_days <= 366 AND window_after_days <= 366)
);

-- A participant's time point, planned when the schedule starts: the dates are fixed then, so a
-- later change of the schedule does not move what a participant was asked.
CREATE TABLE participant_time_point (
    id                  bigint       PRIMARY KEY,
    participant_id      bigint       NOT NULL REFERENCES participant (id),
    schedule_point_id   bigint       NOT NULL REFERENCES schedule_point (id),
    questionnaire_code  varchar(40)  NOT NULL,
    point_code          varchar(10)  NOT NULL,
    target_date         date         NOT NULL,
    window_start        date         NOT NULL,
    window_end          date         NOT NULL,
    stopped_on          date,
    stop_reason         varchar(500),
    version             bigint       NOT NULL DEFAULT 0,
    CONSTRAINT participant_time_point_once UNIQUE (participant_id, point_code),
    CONSTRAINT participant_time_point_window CHECK (window_start <= target_date AND target_date <= window_end),
    CONSTRAINT participant_time_point_stop_explained CHECK ((stopped_on IS NULL) = (stop_reason IS NULL))
);
-- the due list looks for open windows
CREATE INDEX participant_time_point_open ON participant_time_point (window_start, window_end)
    WHERE stopped_on IS NULL;

-- A completed questionnaire for one time point: the answers as a JSON object from item number to
-- answer (an unanswered item is left out), and the version of the questionnaire they answer.
CREATE TABLE questionnaire_response (
    id                bigint       PRIMARY KEY,
    time_point_id     bigint       NOT NULL REFERENCES participant_time_point (id),
    questionnaire_id  bigint       NOT NULL REFERENCES questionnaire (id),
    completed_on      date         NOT NULL,
    answers           text         NOT NULL,
    entered_by        varchar(100) NOT NULL,
    entered_at        timestamptz  NOT NULL,
    corrected_by      varchar(100),
    corrected_at      timestamptz,
    version           bigint       NOT NULL DEFAULT 0,
    -- one response per time point: a second paper form is a correction of the first
    CONSTRAINT questionnaire_response_once UNIQUE (time_point_id),
    CONSTRAINT questionnaire_response_answers_object CHECK (jsonb_typeof(answers::jsonb) = 'object')
);
CREATE INDEX questionnaire_response_questionnaire ON questionnaire_response (questionnaire_id);

-- The scores computed from the answers when they were saved; a missing score has no row.
CREATE TABLE questionnaire_score (
    response_id  bigint        NOT NULL REFERENCES questionnaire_response (id),
    scale_code   varchar(10)   NOT NULL,
    score        numeric(5, 2) NOT NULL,
    PRIMARY KEY (response_id, scale_code),
    CONSTRAINT questionnaire_score_range CHECK (score >= 0 AND score <= 100)
);

-- Every answer is a whole number in its item's range, for an item the questionnaire has; and a
-- stopped time point takes no answers dated on or after the stop.
CREATE FUNCTION questionnaire_response_check() RETURNS trigger AS $$
DECLARE
    answer record;
    item record;
    stopped date;
BEGIN
    FOR answer IN SELECT key, value FROM jsonb_each(NEW.answers::jsonb) LOOP
        IF answer.key !~ '^[0-9]{1,4}$' OR jsonb_typeof(answer.value) <> 'number'
                OR answer.value::text !~ '^-?[0-9]+$' THEN
            RAISE EXCEPTION 'questionnaire answer % = % is not a whole number for an item number', answer.key, answer.value
                USING ERRCODE = 'check_violation', CONSTRAINT = 'questionnaire_answer_in_range';
        END IF;
        SELECT min_answer, max_answer INTO item FROM questionnaire_item
            WHERE questionnaire_id = NEW.questionnaire_id AND number = answer.key::integer;
        IF NOT FOUND OR answer.value::text::integer NOT BETWEEN item.min_answer AND item.max_answer THEN
            RAISE EXCEPTION 'questionnaire answer % = % is not an answer of questionnaire %', answer.key,
                answer.value, NEW.questionnaire_id
                USING ERRCODE = 'check_violation', CONSTRAINT = 'questionnaire_answer_in_range';
        END IF;
    END LOOP;
    SELECT stopped_on INTO stopped FROM participant_time_point WHERE id = NEW.time_point_id;
    IF stopped IS NOT NULL AND NEW.completed_on >= stopped THEN
        RAISE EXCEPTION 'time point % was stopped on %', NEW.time_point_id, stopped
            USING ERRCODE = 'check_violation', CONSTRAINT = 'questionnaire_response_not_stopped';
    END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER questionnaire_response_check BEFORE INSERT OR UPDATE ON questionnaire_response
    FOR EACH ROW EXECUTE FUNCTION questionnaire_response_check();

-- The biobank's standard schedule, as in OncoLifeS: before treatment, 3, 6, 12 and 24 months
-- after diagnosis, then yearly up to ten years.
INSERT INTO questionnaire_schedule (id, cohort, name, questionnaire_code, anchor) VALUES
    (1, NULL, 'Standard QLQ-C30 follow-up', 'QLQ-C30', 'DIAGNOSIS');

INSERT INTO schedule_point (id, schedule_id, code, label, offset_months, offset_days, window_before_days,
                            window_after_days) VALUES
    (1, 1, 'T0', 'Baseline (before treatment)', 0, 14, 14, 42),
    (2, 1, 'M3', '3 months', 3, 0, 14, 14),
    (3, 1, 'M6', '6 months', 6, 0, 14, 28),
    (4, 1, 'M12', '12 months', 12, 0, 28, 28),
    (5, 1, 'M24', '24 months', 24, 0, 28, 28),
    (6, 1, 'Y3', '3 years', 36, 0, 42, 42),
    (7, 1, 'Y4', '4 years', 48, 0, 42, 42),
    (8, 1, 'Y5', '5 years', 60, 0, 42, 42),
    (9, 1, 'Y6', '6 years', 72, 0, 42, 42),
    (10, 1, 'Y7', '7 years', 84, 0, 42, 42),
    (11, 1, 'Y8', '8 years', 96, 0, 42, 42),
    (12, 1, 'Y9', '9 years', 108, 0, 42, 42),
    (13, 1, 'Y10', '10 years', 120, 0, 42, 42);
