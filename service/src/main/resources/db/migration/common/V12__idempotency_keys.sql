-- A case system's Idempotency-Key, so that a retried triage call returns the first decision instead of
-- making a second. The key is kept only as an HMAC of the client and the key (a client may put anything
-- in a key, even something personal), beside an HMAC of the request body, to tell a retry from a reuse.
-- Written in the same transaction as its decision; kept 24 hours.
CREATE TABLE idempotency_key (
    key_hash     CHAR(64)                 PRIMARY KEY,
    request_hash CHAR(64)                 NOT NULL,
    decision_id  UUID                     NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX idempotency_key_created ON idempotency_key (created_at);
