-- EclipseLink takes a sequence value as the last of a block of 50, hence START WITH 50.
-- Accounts of the people who use the LIMS, and the roles they hold (a user may hold several).
CREATE SEQUENCE app_user_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE user_role_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE app_user (
    id             bigint       PRIMARY KEY,
    username       varchar(64)  NOT NULL,
    display_name   varchar(200) NOT NULL,
    password_hash  varchar(400) NOT NULL,
    enabled        boolean      NOT NULL DEFAULT true,
    created_at     timestamptz  NOT NULL,
    version        bigint       NOT NULL DEFAULT 0,
    CONSTRAINT app_user_username_key UNIQUE (username),
    -- lower case only, so that "Nurse" and "nurse" can never be two accounts
    CONSTRAINT app_user_username_format CHECK (username ~ '^[a-z][a-z0-9._-]{1,63}$'),
    CONSTRAINT app_user_display_name_present CHECK (length(trim(display_name)) > 0)
);

-- Login bookkeeping, apart from the account: it changes at every login, and must neither fill
-- the audit trail (the access log records logins) nor make an administrator's edit look stale.
CREATE TABLE login_state (
    user_id        bigint       PRIMARY KEY REFERENCES app_user (id),
    failed_logins  integer      NOT NULL DEFAULT 0 CHECK (failed_logins >= 0),
    locked_until   timestamptz,
    last_login_at  timestamptz
);

CREATE TABLE user_role (
    id       bigint      PRIMARY KEY,
    user_id  bigint      NOT NULL REFERENCES app_user (id),
    role     varchar(32) NOT NULL,
    CONSTRAINT user_role_once UNIQUE (user_id, role),
    CONSTRAINT user_role_known CHECK (role IN
        ('RESEARCH_NURSE', 'LAB_TECHNICIAN', 'RESEARCHER', 'ETHICS_OFFICER', 'ADMIN'))
);
