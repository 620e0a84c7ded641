-- A referral's links are counted from decision_identifier alone: each row carries the child (keyed hash)
-- and local authority of its decision. Joining the decision table for them read each linked decision's
-- whole row, sealed content included, and was most of a triage call's time once a name had been given
-- in a few dozen referrals. Retention deletes a decision's rows in the same transaction as it removes
-- the decision's content, so a row here always belongs to a decision whose content is kept.
ALTER TABLE decision_identifier ADD COLUMN child_ref_hash CHAR(64);
ALTER TABLE decision_identifier ADD COLUMN local_authority VARCHAR(100);
UPDATE decision_identifier
   SET child_ref_hash = (SELECT d.child_ref_hash FROM decision d WHERE d.decision_id = decision_identifier.decision_id),
       local_authority = (SELECT d.local_authority FROM decision d WHERE d.decision_id = decision_identifier.decision_id);
-- Rows of a decision whose content is gone (none should be left; retention deletes them) never link.
DELETE FROM decision_identifier WHERE child_ref_hash IS NULL;
-- Holds every column a lookup reads, so the counts come from the index alone (H2 and PostgreSQL both
-- read an index that covers a query without the table's rows, which a popular name spreads over as
-- many pages as it has referrals).
CREATE INDEX decision_identifier_links
    ON decision_identifier (identifier_hash, assessed_at, child_ref_hash, local_authority, decision_id);
