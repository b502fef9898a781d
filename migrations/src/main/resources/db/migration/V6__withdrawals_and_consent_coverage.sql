-- Withdrawal (DESIGN.md rule 5): dated, attributed, with a reason and a scope; partial when it
-- names items. Never deleted; it only ever adds restrictions.
CREATE SEQUENCE withdrawal_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE withdrawal (
    id              bigint       PRIMARY KEY,
    participant_id  bigint       NOT NULL REFERENCES participant (id),
    withdrawn_on    date         NOT NULL,
    scope           varchar(30)  NOT NULL,
    reason          text         NOT NULL,
    recorded_by     varchar(64)  NOT NULL,
    recorded_at     timestamptz  NOT NULL,
    version         bigint       NOT NULL DEFAULT 0,
    CONSTRAINT withdrawal_scope_known CHECK (scope IN
        ('NO_FURTHER_CONTACT', 'NO_FURTHER_USE', 'DESTROY_MATERIAL', 'DESTROY_DATA')),
    CONSTRAINT withdrawal_reason_present CHECK (length(trim(reason)) > 0)
);
CREATE INDEX withdrawal_participant ON withdrawal (participant_id, withdrawn_on);

-- The items a partial withdrawal takes back; none means the scope applies to everything.
CREATE TABLE withdrawal_item (
    withdrawal_id  bigint      NOT NULL REFERENCES withdrawal (id),
    item_code      varchar(40) NOT NULL,
    PRIMARY KEY (withdrawal_id, item_code)
);

-- Whether a withdrawal takes back one consent item. "No further contact" takes back being
-- contacted (RECONTACT) and asked (QUESTIONNAIRES); the other scopes take back every use.
CREATE FUNCTION withdrawal_takes_back(p_withdrawal bigint, p_scope text, p_item text) RETURNS boolean
LANGUAGE sql STABLE AS $$
    SELECT CASE
        WHEN EXISTS (SELECT 1 FROM withdrawal_item wi WHERE wi.withdrawal_id = p_withdrawal)
            THEN EXISTS (SELECT 1 FROM withdrawal_item wi
                          WHERE wi.withdrawal_id = p_withdrawal AND wi.item_code = p_item)
        WHEN p_scope = 'NO_FURTHER_CONTACT' THEN p_item IN ('RECONTACT', 'QUESTIONNAIRES')
        ELSE true
    END
$$;

-- The one answer to "does participant X's consent on day D cover items {...}?" (rules 3 and 4),
-- usable inside any query over many participants: the latest consent signed on or before D says
-- yes to every item, and no withdrawal since that signature, dated on or before D, took one back.
CREATE FUNCTION consent_covers(p_participant bigint, p_items text[], p_day date) RETURNS boolean
LANGUAGE sql STABLE AS $$
    WITH current_consent AS (
        SELECT c.id, c.signed_on
          FROM consent c
         WHERE c.participant_id = p_participant AND c.signed_on <= p_day
         ORDER BY c.signed_on DESC, c.id DESC
         LIMIT 1
    )
    SELECT EXISTS (SELECT 1 FROM current_consent)
       AND NOT EXISTS (
           SELECT 1
             FROM unnest(p_items) AS wanted(code)
            WHERE NOT EXISTS (
                      SELECT 1
                        FROM consent_answer a
                        JOIN consent_item i ON i.id = a.item_id
                       WHERE a.consent_id = (SELECT id FROM current_consent)
                         AND i.code = wanted.code
                         AND a.granted)
               OR EXISTS (
                      SELECT 1
                        FROM withdrawal w
                       WHERE w.participant_id = p_participant
                         AND w.withdrawn_on <= p_day
                         AND w.withdrawn_on >= (SELECT signed_on FROM current_consent)
                         AND withdrawal_takes_back(w.id, w.scope, wanted.code)))
$$;
