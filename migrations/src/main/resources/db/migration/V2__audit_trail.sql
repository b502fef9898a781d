-- The audit trail (DESIGN.md rule 6): one row per created, changed or deleted entity,
-- append-only and hash-chained. The application numbers entries itself, under the lock on
-- audit_chain_head, so that id order is chain order even when transactions interleave.
CREATE TABLE audit_entry (
    id           bigint       PRIMARY KEY,
    occurred_at  timestamptz  NOT NULL,
    username     varchar(64)  NOT NULL,
    entity_type  varchar(100) NOT NULL,
    entity_id    varchar(100) NOT NULL,
    action       varchar(10)  NOT NULL CHECK (action IN ('CREATE', 'UPDATE', 'DELETE')),
    changes      text         NOT NULL,
    reason       text,
    prev_hash    char(64)     NOT NULL,
    hash         char(64)     NOT NULL,
    CONSTRAINT audit_entry_reason_for_corrections
        CHECK (action = 'CREATE' OR coalesce(length(trim(reason)), 0) > 0)
);
CREATE INDEX audit_entry_occurred_at ON audit_entry (occurred_at);
CREATE INDEX audit_entry_username ON audit_entry (username, occurred_at);
CREATE INDEX audit_entry_entity ON audit_entry (entity_type, entity_id);

-- The head of the chain: one row, locked FOR UPDATE by every writer.
CREATE TABLE audit_chain_head (
    id         integer  PRIMARY KEY CHECK (id = 1),
    last_id    bigint   NOT NULL,
    last_hash  char(64) NOT NULL
);
INSERT INTO audit_chain_head (id, last_id, last_hash) VALUES (1, 0, repeat('0', 64));

CREATE FUNCTION refuse_append_only_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only: % is not allowed', TG_TABLE_NAME, TG_OP
        USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER audit_entry_append_only BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION refuse_append_only_change();
CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_append_only_change();
