-- The link count (ReferralLinks) reads a name's rows from this index alone. It counted the decisions
-- naming it by sorting the decision ids it read (COUNT(DISTINCT decision_id)), which with the ids' decoding
-- was about a quarter of the count's time. A decision has one row per identifier (the writer refuses a
-- repeat, and the rows written before migration 24 were kept unique by a primary key), so its rows count
-- the decisions, and the index no longer carries the id: each row is 16 bytes narrower, so a name given in
-- many referrals spreads over fewer pages. Whatever else reads the id (the panel, retention) reads it from
-- the table's own row, through the index on decision_id.
DROP INDEX decision_identifier_links;
CREATE INDEX decision_identifier_links ON decision_identifier (identifier_hash, assessed_at, child_ref_hash, local_authority);
