-- The moment every window was counted back from (the referral's assessedAt, or the request time when it
-- gave none), so a decision can be reproduced from the stored request and searched by assessment date.
-- Null only for decisions stored before this migration, for which the moment was not recorded.
ALTER TABLE decision ADD COLUMN assessed_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX decision_assessed_at ON decision (assessed_at);
