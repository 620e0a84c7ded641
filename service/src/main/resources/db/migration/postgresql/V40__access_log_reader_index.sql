-- PostgreSQL keeps a generated column only as STORED; H2 computes it alike without the word.
-- The access log narrowed to one reader ("who did demo-auditor read?") compared LOWER(caller_name) row by
-- row, so it read the whole log, which grows with every read for as long as the log is kept. The reader's
-- name in lower case, kept by the database itself (so nothing that writes the log can leave it out or
-- get it wrong), and an index on it with the time, let that search read the reader's entries only. The
-- sealed columns are unchanged: the search still checks LOWER(caller_name) itself, so an altered copy
-- could only hide an entry from this index, never add one, and verification reads the sealed columns.
ALTER TABLE decision_access ADD COLUMN caller_name_lower VARCHAR(255) GENERATED ALWAYS AS (LOWER(caller_name)) STORED;
CREATE INDEX decision_access_reader ON decision_access (caller_name_lower, accessed_at);
