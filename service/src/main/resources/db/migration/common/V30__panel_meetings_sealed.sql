-- Each panel meeting is sealed into the audit chain, as decisions, outcomes, switches of the rules and
-- retention runs are: a meeting's local authority and day decide which children its agenda lists and where
-- its outcomes stand in time, so one added or altered behind the service's back must show. The meetings
-- set up so far are queued for their seal by the Java step 30.1 (MeetingSealBackfill), which holds the key.
ALTER TABLE decision_seal DROP CONSTRAINT decision_seal_record_kind;
ALTER TABLE decision_seal ADD CONSTRAINT decision_seal_record_kind
    CHECK (record_kind IN ('DECISION', 'OUTCOME', 'ACTIVATION', 'RETENTION', 'MEETING'));
ALTER TABLE decision_unsealed DROP CONSTRAINT decision_unsealed_record_kind;
ALTER TABLE decision_unsealed ADD CONSTRAINT decision_unsealed_record_kind
    CHECK (record_kind IN ('DECISION', 'OUTCOME', 'ACTIVATION', 'RETENTION', 'MEETING'));
