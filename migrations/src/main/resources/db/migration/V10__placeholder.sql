-- PLACEHOLDER for the lead's V10 (schedules, time points, responses), only so that V11 can be
-- tested on this branch. Drop this file when merging: the real V10 creates questionnaire_response.
CREATE TABLE questionnaire_response (id bigint primary key, questionnaire_id bigint not null references questionnaire(id));
