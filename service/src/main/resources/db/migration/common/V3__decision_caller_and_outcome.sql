-- Who asked for each decision: the client name (API key) or token subject (JWT), and which of the two,
-- so an API client and a token subject with the same name stay apart. Case systems read back only the
-- decisions they created. Null for decisions stored before this migration: only auditors read those.
ALTER TABLE decision ADD COLUMN caller_method VARCHAR(10);
ALTER TABLE decision ADD COLUMN caller_name VARCHAR(255);
CREATE INDEX decision_caller ON decision (caller_method, caller_name);

-- The outcome fields aggregate reports count by, so a report reads columns rather than parsing every
-- stored response. Filled for earlier decisions from their stored request and response by V4.
ALTER TABLE decision ADD COLUMN local_authority VARCHAR(100);
ALTER TABLE decision ADD COLUMN pathway VARCHAR(40);
ALTER TABLE decision ADD COLUMN pre_mset_eligible BOOLEAN;
ALTER TABLE decision ADD COLUMN mset_panel_eligible BOOLEAN;

-- How often each rule fired in each decision, for the rule catalogue's counts (filled for earlier
-- decisions by V4 from fired_rules_json, which stays the record as it was stored).
CREATE TABLE decision_rule_firing (
    decision_id UUID         NOT NULL REFERENCES decision (decision_id),
    rule_id     VARCHAR(200) NOT NULL,
    firings     INT          NOT NULL,
    PRIMARY KEY (decision_id, rule_id)
);
CREATE INDEX decision_rule_firing_rule ON decision_rule_firing (rule_id);
