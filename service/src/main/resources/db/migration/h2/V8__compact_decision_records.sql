-- Decisions kept compact. The request and response move from base64 text in large objects to inline bytes,
-- compressed before they are encrypted (migration 9 moves the content stored before, unchanged, and
-- migration 10 drops the old columns). The rules that fired stay in the record as one inline column, and
-- the rule catalogue's counts become a counter per rule instead of a row per rule per decision. Each
-- writer (one per running service) adds to its own counters, so writers never wait on each other's rows.
ALTER TABLE decision ADD COLUMN request_sealed VARBINARY(16777216);
ALTER TABLE decision ADD COLUMN response_sealed VARBINARY(16777216);
ALTER TABLE decision ALTER COLUMN fired_rules_json SET DATA TYPE VARCHAR(1000000);

CREATE TABLE rule_firing_count (
    rule_id   VARCHAR(200) NOT NULL,
    writer_id VARCHAR(64)  NOT NULL,
    decisions BIGINT       NOT NULL,
    PRIMARY KEY (rule_id, writer_id)
);

INSERT INTO rule_firing_count (rule_id, writer_id, decisions)
SELECT rule_id, 'migration 8', COUNT(*) FROM decision_rule_firing GROUP BY rule_id;

DROP TABLE decision_rule_firing;

-- One row that health writes during a database fault, to learn when writing works again.
CREATE TABLE store_probe (
    probe_id  INT PRIMARY KEY,
    probed_at TIMESTAMP WITH TIME ZONE NOT NULL
);
INSERT INTO store_probe (probe_id, probed_at) VALUES (1, CURRENT_TIMESTAMP);
