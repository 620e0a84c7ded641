-- The index of migration 23 leads with the primary key's columns and holds every column a lookup reads,
-- so the primary key only duplicated it: each index ordered by hash rewrites pages all over the file at
-- every commit, and under load the copies it leaves behind doubled the file. A decision's identifiers
-- are written once, in its own transaction, so nothing needs the key's uniqueness.
ALTER TABLE decision_identifier DROP PRIMARY KEY;
