-- Each run of the retention period that removes personal content is recorded and sealed into the audit
-- chain: when it removed, the period it applied and so the point before which it removed. Verification
-- judges a removal by the sealed run that made it, not by today's setting, so lengthening the period
-- later does not make earlier removals look early, and a run's period cannot be altered unseen.
CREATE TABLE retention_run (
    run_id     UUID                     NOT NULL PRIMARY KEY,
    removed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    retention  VARCHAR(40)              NOT NULL,
    cutoff     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE UNIQUE INDEX retention_run_removed_at ON retention_run (removed_at);

ALTER TABLE decision_seal DROP CONSTRAINT decision_seal_record_kind;
ALTER TABLE decision_seal ADD CONSTRAINT decision_seal_record_kind
    CHECK (record_kind IN ('DECISION', 'OUTCOME', 'ACTIVATION', 'RETENTION'));
ALTER TABLE decision_unsealed DROP CONSTRAINT decision_unsealed_record_kind;
ALTER TABLE decision_unsealed ADD CONSTRAINT decision_unsealed_record_kind
    CHECK (record_kind IN ('DECISION', 'OUTCOME', 'ACTIVATION', 'RETENTION'));
