-- Personal content at rest: the child reference only as its keyed hash (searchable, not readable), the
-- request and response encrypted (V7 encrypts those stored before), and a digest of that content which
-- the seal covers, so the retention period can remove the content and the record still verifies.
ALTER TABLE decision ADD COLUMN child_ref_hash CHAR(64);
ALTER TABLE decision ADD COLUMN personal_sha256 CHAR(64);
ALTER TABLE decision ADD COLUMN personal_removed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE decision ALTER COLUMN request_json DROP NOT NULL;
ALTER TABLE decision ALTER COLUMN response_json DROP NOT NULL;
-- The caller's referral reference is in the (encrypted) request and response; no plain copy is kept.
ALTER TABLE decision DROP COLUMN referral_id;
CREATE INDEX decision_child_ref ON decision (child_ref_hash);
CREATE INDEX decision_risk_level ON decision (risk_level, decided_at);
CREATE INDEX decision_ruleset_version ON decision (ruleset_version, decided_at);
CREATE INDEX decision_local_authority ON decision (local_authority, decided_at);

-- Decisions stored and not yet sealed. A triage call adds its decision here in its own transaction; the
-- sealer takes them in order, so triage calls never wait for each other to extend the chain. Each entry
-- carries its record's SHA-256 and a MAC of it under the seal key, made as the decision was stored, so
-- the sealer never seals a decision altered, or added, behind the service's back while it waited.
CREATE TABLE decision_unsealed (
    decision_id   UUID PRIMARY KEY,
    queued_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    record_sha256 CHAR(64)                 NOT NULL,
    queue_mac     CHAR(64)                 NOT NULL
);
CREATE INDEX decision_unsealed_order ON decision_unsealed (queued_at, decision_id);

-- The chain: one link per decision, each keyed-MAC'd over its position, the decision before it, the
-- SHA-256 of the decision's canonical record and the previous link's MAC. No foreign key to decision:
-- a decision removed behind the service's back must be reported, not prevented.
CREATE TABLE decision_seal (
    position             BIGINT PRIMARY KEY,
    decision_id          UUID                     NOT NULL UNIQUE,
    previous_decision_id UUID,
    record_sha256        CHAR(64)                 NOT NULL,
    previous_chain_mac   CHAR(64)                 NOT NULL,
    chain_mac            CHAR(64)                 NOT NULL,
    sealed_at            TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The practitioner's response to a decision, oldest first; the comment is encrypted.
CREATE TABLE decision_feedback (
    feedback_id       UUID PRIMARY KEY,
    decision_id       UUID                     NOT NULL REFERENCES decision (decision_id),
    recorded_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    caller_method     VARCHAR(10)              NOT NULL,
    caller_name       VARCHAR(255)             NOT NULL,
    outcome           VARCHAR(20)              NOT NULL,
    reason_code       VARCHAR(40),
    comment_encrypted VARCHAR(12000)
);
CREATE INDEX decision_feedback_decision ON decision_feedback (decision_id, recorded_at);

-- Every read of a decision: who, when, by which channel, and why (encrypted) when they said.
CREATE TABLE decision_access (
    access_id        UUID PRIMARY KEY,
    decision_id      UUID                     NOT NULL,
    accessed_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    caller_method    VARCHAR(10)              NOT NULL,
    caller_name      VARCHAR(255)             NOT NULL,
    channel          VARCHAR(20)              NOT NULL,
    reason_encrypted VARCHAR(3000)
);
CREATE INDEX decision_access_decision ON decision_access (decision_id, accessed_at);
CREATE INDEX decision_access_time ON decision_access (accessed_at);
