-- What an impact job replays, so that its report can say so: the stored decisions made from replay_from
-- and before replay_before (either open when null), and whether the scenarios were replayed too. Jobs
-- started before this migration hold none of it (scenarios_included null: not recorded).
ALTER TABLE impact_job ADD COLUMN replay_from TIMESTAMP WITH TIME ZONE;
ALTER TABLE impact_job ADD COLUMN replay_before TIMESTAMP WITH TIME ZONE;
ALTER TABLE impact_job ADD COLUMN scenarios_included BOOLEAN;
