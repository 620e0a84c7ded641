-- Policy v1.1, section 10: each person (nickname), vehicle and place (description with its type) a
-- decision's referral names, as a keyed hash under mset.audit.identifier-key (the clear text stays in the
-- encrypted request). A referral is linked to others by looking its hashes up here: the primary key leads
-- with the hash and the assessment time, so a lookup within the link window reads only the rows it needs.
-- Retention removes a decision's rows when it removes its personal content.
CREATE TABLE decision_identifier (
    identifier_hash CHAR(64)                 NOT NULL,
    assessed_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    decision_id     UUID                     NOT NULL REFERENCES decision (decision_id),
    PRIMARY KEY (identifier_hash, assessed_at, decision_id)
);
CREATE INDEX decision_identifier_decision ON decision_identifier (decision_id);
