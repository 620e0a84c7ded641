-- The index of migration 23 leads with the primary key's columns and holds every column a lookup reads,
-- so the primary key only duplicated it (see the H2 migration of the same number).
ALTER TABLE decision_identifier DROP CONSTRAINT decision_identifier_pkey;
