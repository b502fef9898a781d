-- Who read, searched or exported what, and every login (NEN 7513). Append-only like the audit trail.
CREATE SEQUENCE access_log_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE access_log (
    id              bigint       PRIMARY KEY,
    occurred_at     timestamptz  NOT NULL,
    username        varchar(64)  NOT NULL,
    action          varchar(32)  NOT NULL,
    target          varchar(200),
    details         text,
    client_address  varchar(64)
);
CREATE INDEX access_log_occurred_at ON access_log (occurred_at);
CREATE INDEX access_log_username ON access_log (username, occurred_at);
CREATE INDEX access_log_action ON access_log (action, occurred_at);

CREATE TRIGGER access_log_append_only BEFORE UPDATE OR DELETE ON access_log
    FOR EACH ROW EXECUTE FUNCTION refuse_append_only_change();
CREATE TRIGGER access_log_no_truncate BEFORE TRUNCATE ON access_log
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_append_only_change();
