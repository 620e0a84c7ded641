-- Each entry of the access log (who read which child's decision, when, how and why) is sealed into the
-- audit chain: an entry removed or altered behind the service's back would hide who read a child's record.
-- The reason, free text kept encrypted, is covered through its digest, so the retention period can remove
-- it and the entry still verifies. The Java step 31.1 (AccessSealBackfill), which holds the key, fills in the
-- digest of the entries kept so far and queues them for their seal.
ALTER TABLE decision_access ADD COLUMN reason_sha256 CHAR(64);

ALTER TABLE decision_seal DROP CONSTRAINT decision_seal_record_kind;
ALTER TABLE decision_seal ADD CONSTRAINT decision_seal_record_kind
    CHECK (record_kind IN ('DECISION', 'OUTCOME', 'ACTIVATION', 'RETENTION', 'MEETING', 'ACCESS'));
ALTER TABLE decision_unsealed DROP CONSTRAINT decision_unsealed_record_kind;
ALTER TABLE decision_unsealed ADD CONSTRAINT decision_unsealed_record_kind
    CHECK (record_kind IN ('DECISION', 'OUTCOME', 'ACTIVATION', 'RETENTION', 'MEETING', 'ACCESS'));
