-- The identifiers of a period, by their decisions' assessment time: a panel agenda's place-and-perpetrator
-- item and the removal of rows too old to link both look them up that way, not by hash.
CREATE INDEX decision_identifier_assessed_at ON decision_identifier (assessed_at);
