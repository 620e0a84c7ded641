-- Each piece of feedback on a decision is sealed into the audit chain: policy leads weigh changes to the
-- rules on it, so feedback altered or added behind the service's back must show. The comment, free text
-- kept encrypted, is covered through its digest, so retention can remove it and the feedback still
-- verifies. The Java step 32.1 (FeedbackSealBackfill), which holds the key, seals the feedback kept so far.
ALTER TABLE decision_feedback ADD COLUMN comment_sha256 CHAR(64);

ALTER TABLE decision_seal DROP CONSTRAINT decision_seal_record_kind;
ALTER TABLE decision_seal ADD CONSTRAINT decision_seal_record_kind
    CHECK (record_kind IN ('DECISION', 'OUTCOME', 'ACTIVATION', 'RETENTION', 'MEETING', 'ACCESS', 'FEEDBACK'));
ALTER TABLE decision_unsealed DROP CONSTRAINT decision_unsealed_record_kind;
ALTER TABLE decision_unsealed ADD CONSTRAINT decision_unsealed_record_kind
    CHECK (record_kind IN ('DECISION', 'OUTCOME', 'ACTIVATION', 'RETENTION', 'MEETING', 'ACCESS', 'FEEDBACK'));
