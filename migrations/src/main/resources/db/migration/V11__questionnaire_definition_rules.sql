-- Questionnaire definitions as data, the administrator's side (issue 6).
--
-- Item wording per language: the biobank's own licensed translation, loaded with a definition.
-- It is not part of the definition (what is scored, and how), so it may change while the
-- definition is in use; the wording itself is never seeded here.
CREATE TABLE questionnaire_item_text (
    item_id   bigint       NOT NULL REFERENCES questionnaire_item (id),
    language  varchar(10)  NOT NULL,
    text      varchar(2000) NOT NULL,
    PRIMARY KEY (item_id, language),
    -- an ISO 639 language, optionally with a region: nl, en, fy, nl-BE
    CONSTRAINT questionnaire_item_text_language_format CHECK (language ~ '^[a-z]{2,3}(-[A-Z]{2})?$'),
    CONSTRAINT questionnaire_item_text_not_blank CHECK (btrim(text) <> '')
);

-- A definition in use is never changed: a change is a new version. "In use" means a response
-- was recorded by it; its scores were computed from these items and scales, so changing them
-- would silently change what the stored scores mean. The service refuses first (409); this is
-- the last word, for a concurrent response and for changes made by hand.
-- Insertions count as changes too: an item added to a definition in use is a new version.
CREATE FUNCTION refuse_change_of_questionnaire_in_use(questionnaire bigint) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM questionnaire_response r WHERE r.questionnaire_id = questionnaire) THEN
        RAISE EXCEPTION 'questionnaire definition % is in use by responses: give the change a new version', questionnaire
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
END
$$;

CREATE FUNCTION refuse_change_of_questionnaire_row_in_use() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_TABLE_NAME = 'questionnaire' THEN
        PERFORM refuse_change_of_questionnaire_in_use(OLD.id);
    ELSE
        -- questionnaire_item and questionnaire_scale, which carry questionnaire_id
        IF TG_OP <> 'INSERT' THEN
            PERFORM refuse_change_of_questionnaire_in_use(OLD.questionnaire_id);
        END IF;
        IF TG_OP <> 'DELETE' THEN
            PERFORM refuse_change_of_questionnaire_in_use(NEW.questionnaire_id);
        END IF;
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END
$$;

CREATE FUNCTION refuse_change_of_scale_item_in_use() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        PERFORM refuse_change_of_questionnaire_in_use(
            (SELECT s.questionnaire_id FROM questionnaire_scale s WHERE s.id = OLD.scale_id));
    END IF;
    IF TG_OP <> 'DELETE' THEN
        PERFORM refuse_change_of_questionnaire_in_use(
            (SELECT s.questionnaire_id FROM questionnaire_scale s WHERE s.id = NEW.scale_id));
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END
$$;

CREATE TRIGGER questionnaire_frozen_when_used BEFORE UPDATE OR DELETE ON questionnaire
    FOR EACH ROW EXECUTE FUNCTION refuse_change_of_questionnaire_row_in_use();
CREATE TRIGGER questionnaire_item_frozen_when_used BEFORE INSERT OR UPDATE OR DELETE ON questionnaire_item
    FOR EACH ROW EXECUTE FUNCTION refuse_change_of_questionnaire_row_in_use();
CREATE TRIGGER questionnaire_scale_frozen_when_used BEFORE INSERT OR UPDATE OR DELETE ON questionnaire_scale
    FOR EACH ROW EXECUTE FUNCTION refuse_change_of_questionnaire_row_in_use();
CREATE TRIGGER questionnaire_scale_item_frozen_when_used BEFORE INSERT OR UPDATE OR DELETE ON questionnaire_scale_item
    FOR EACH ROW EXECUTE FUNCTION refuse_change_of_scale_item_in_use();

-- The triggers and the service's in-use check ask "does a response use this definition?" for
-- every changed row: V10's index questionnaire_response_questionnaire answers that.
