-- Each switch of the rules is sealed into the audit chain, as decisions and panel outcomes are: the newest
-- switch names the ruleset every instance serves, so one added or altered behind the service's back must
-- show. The chain names records by UUID, so each switch gets one; the switches kept so far get theirs,
-- and are queued for their seal, by the Java step 28.1 (ActivationSealBackfill), which holds the key.
ALTER TABLE ruleset_activation ADD COLUMN record_id UUID;
CREATE UNIQUE INDEX ruleset_activation_record ON ruleset_activation (record_id);

ALTER TABLE decision_seal DROP CONSTRAINT decision_seal_record_kind;
ALTER TABLE decision_seal ADD CONSTRAINT decision_seal_record_kind
    CHECK (record_kind IN ('DECISION', 'OUTCOME', 'ACTIVATION'));
ALTER TABLE decision_unsealed DROP CONSTRAINT decision_unsealed_record_kind;
ALTER TABLE decision_unsealed ADD CONSTRAINT decision_unsealed_record_kind
    CHECK (record_kind IN ('DECISION', 'OUTCOME', 'ACTIVATION'));
