-- PostgreSQL's form of h2/V1__decisions.sql, the same but TEXT for H2's CLOB (PostgreSQL has no CLOB type).
-- Every decision answered, with what the audit needs to read and reproduce it.
CREATE TABLE decision (
    decision_id      UUID PRIMARY KEY,
    referral_id      VARCHAR(2000)            NOT NULL,
    decided_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    ruleset_version  VARCHAR(200)             NOT NULL,
    ruleset_sha256   CHAR(64)                 NOT NULL,
    risk_level       VARCHAR(20)              NOT NULL,
    request_json     TEXT                     NOT NULL,
    response_json    TEXT                     NOT NULL,
    fired_rules_json TEXT                     NOT NULL
);

CREATE INDEX decision_decided_at ON decision (decided_at);
