-- The build of the service that made each decision (its version and build time). An impact replay takes
-- the active ruleset's side from a stored outcome only when the same ruleset and the same build made it:
-- another build may read a referral or word a rule differently. Empty for decisions made before.
ALTER TABLE decision ADD COLUMN service_build VARCHAR(120);
