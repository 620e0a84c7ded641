-- Policy v1.1, section 11: what the panel decided for each child it heard. Outcomes are records like
-- decisions: never edited, a correction is a new row naming the one it corrects (one revision up), and
-- each is sealed into the same chain as the decisions. The child is found through the decision the
-- outcome was recorded against, so retention removing that decision's child reference takes the child
-- off the panel's list too. The plan, reasons and free text are encrypted (they may name people); the
-- seal covers their digest, so the retention period can remove them with the decision's content and the
-- outcome still verifies.
CREATE TABLE panel_outcome (
    outcome_id          UUID                     PRIMARY KEY,
    meeting_id          UUID                     NOT NULL REFERENCES panel_meeting (meeting_id),
    decision_id         UUID                     NOT NULL REFERENCES decision (decision_id),
    revision            INTEGER                  NOT NULL,
    corrects_outcome_id UUID                     REFERENCES panel_outcome (outcome_id),
    outcome             VARCHAR(20)              NOT NULL,
    exit_reason         VARCHAR(40),
    details_encrypted   VARCHAR(60000),
    details_sha256      CHAR(64)                 NOT NULL,
    details_removed_at  TIMESTAMP WITH TIME ZONE,
    recorded_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    caller_method       VARCHAR(10)              NOT NULL,
    caller_name         VARCHAR(255)             NOT NULL,
    -- Two coordinators recording the same item at once: the second fails whole and is told to correct.
    CONSTRAINT panel_outcome_one_per_revision UNIQUE (meeting_id, decision_id, revision)
);
CREATE INDEX panel_outcome_decision ON panel_outcome (decision_id, recorded_at);

-- The chain and its queue hold panel outcomes as well as decisions; the id column names either.
ALTER TABLE decision_seal ADD COLUMN record_kind VARCHAR(10) DEFAULT 'DECISION' NOT NULL;
ALTER TABLE decision_unsealed ADD COLUMN record_kind VARCHAR(10) DEFAULT 'DECISION' NOT NULL;
ALTER TABLE decision_seal ADD CONSTRAINT decision_seal_record_kind CHECK (record_kind IN ('DECISION', 'OUTCOME'));
ALTER TABLE decision_unsealed ADD CONSTRAINT decision_unsealed_record_kind
    CHECK (record_kind IN ('DECISION', 'OUTCOME'));
